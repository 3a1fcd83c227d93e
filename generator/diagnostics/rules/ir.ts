import type { RuleDef } from '../types.js';

/** Rules of the `ir` stage. */
export const irRules = {} as const satisfies Record<`ir:${string}`, RuleDef>;
