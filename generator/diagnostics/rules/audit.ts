import type { RuleDef } from '../types.js';

/** Rules of the `audit` stage. */
export const auditRules = {} as const satisfies Record<`audit:${string}`, RuleDef>;
