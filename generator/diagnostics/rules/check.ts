import type { RuleDef } from '../types.js';

/** Rules of the `check` stage. */
export const checkRules = {} as const satisfies Record<`check:${string}`, RuleDef>;
