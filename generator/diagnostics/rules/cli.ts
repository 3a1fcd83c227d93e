import type { RuleDef } from '../types.js';

/** Rules the command line reports about its own inputs. */
export const cliRules = {
  'cli:input-not-found': {
    severity: 'error',
    summary: 'An input path given on the command line does not exist.',
  },
  'cli:page-unreadable': {
    severity: 'error',
    summary: 'A page could not be read (permissions, not UTF-8 text, a directory in its place).',
  },
} as const satisfies Record<`cli:${string}`, RuleDef>;
