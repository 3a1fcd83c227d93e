/** The checker's public shapes. The checker depends on no generating stage (see STYLE.md). */
import type { Severity } from '../diagnostics/types.js';
import type { CheckRuleId } from '../diagnostics/rules/check.js';

export const CHECK_LANGUAGES = ['csharp', 'go', 'java', 'javascript', 'php', 'powershell', 'python', 'cli'] as const;
export type CheckLanguage = (typeof CHECK_LANGUAGES)[number];

export function isCheckLanguage(id: string): id is CheckLanguage {
  return (CHECK_LANGUAGES as readonly string[]).includes(id);
}

/** One problem in a snippet; line and column are 1-based in the snippet's own text (UTF-16 code units). */
export interface Finding {
  readonly ruleId: CheckRuleId;
  readonly severity: Severity;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
}

/** `valid` is false when any finding is an error. */
export interface Verdict {
  readonly valid: boolean;
  readonly findings: readonly Finding[];
}

export interface CheckOptions {
  /**
   * Names the snippet may use without defining them (the docs leave them to the reader, e.g.
   * `graph_client`). Replaces the language's default list when given.
   */
  readonly assumedNames?: readonly string[];
}
