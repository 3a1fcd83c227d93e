import type { RuleDef } from '../types.js';

/** Rules of the `extract` stage (markdown page → raw request blocks). */
export const extractRules = {
  'extract:annotation-invalid-json': {
    severity: 'error',
    summary: 'The request annotation comment is not valid JSON; what could be recovered is used.',
  },
} as const satisfies Record<`extract:${string}`, RuleDef>;
