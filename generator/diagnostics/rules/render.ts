import type { RuleDef } from '../types.js';

/** Rules of the `render` stage. */
export const renderRules = {} as const satisfies Record<`render:${string}`, RuleDef>;
