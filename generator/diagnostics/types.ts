/** The shapes every diagnostic shares. Depends on nothing. */

export type Severity = 'error' | 'warning' | 'info';

/** The stage that reports a rule; it is the part of the rule id before the colon. */
export type RuleSource = 'extract' | 'ir' | 'schema' | 'render' | 'check' | 'cli' | 'audit' | 'verify';

export interface RuleDef {
  readonly severity: Severity;
  /** One line that says what the rule catches; the message itself carries the specifics. */
  readonly summary: string;
}

/** A place in a page file: 1-based line and column, 0-based offset (UTF-16 code units). */
export interface Place {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

export interface Span {
  readonly start: Place;
  readonly end: Place;
}
