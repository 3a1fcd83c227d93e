/**
 * The one catalogue of every diagnostic snipgen can report. Each stage declares its rules in
 * `rules/<stage>.ts`; this file joins them. A rule id is `<source>:<name>`.
 */
import type { RuleDef } from './types.js';
import { extractRules } from './rules/extract.js';
import { irRules } from './rules/ir.js';
import { schemaRules } from './rules/schema.js';
import { renderRules } from './rules/render.js';
import { checkRules } from './rules/check.js';
import { cliRules } from './rules/cli.js';
import { auditRules } from './rules/audit.js';
import { verifyRules } from './rules/verify.js';

export const catalogue = {
  ...extractRules,
  ...irRules,
  ...schemaRules,
  ...renderRules,
  ...checkRules,
  ...cliRules,
  ...auditRules,
  ...verifyRules,
} as const satisfies Record<string, RuleDef>;

export type RuleId = keyof typeof catalogue;

export function isRuleId(id: string): id is RuleId {
  return Object.prototype.hasOwnProperty.call(catalogue, id);
}

/** The docs anchor of a rule, inside `docs/diagnostics.md`. */
export function ruleAnchor(id: RuleId): string {
  return `docs/diagnostics.md#${id.replace(':', '-')}`;
}
