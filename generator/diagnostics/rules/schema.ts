import type { RuleDef } from '../types.js';

/** Rules of the `schema` stage. */
export const schemaRules = {} as const satisfies Record<`schema:${string}`, RuleDef>;
