import type { RuleDef } from '../types.js';

/** Rules of the `cli` stage. */
export const cliRules = {} as const satisfies Record<`cli:${string}`, RuleDef>;
