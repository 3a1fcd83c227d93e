import type { RuleDef } from '../types.js';

/** Rules of the `extract` stage (markdown page → raw request blocks). */
export const extractRules = {
  'extract:annotation-invalid-json': {
    severity: 'error',
    summary: 'The request annotation comment is not valid JSON; what could be recovered is used.',
  },
  'extract:annotation-unterminated': {
    severity: 'error',
    summary: 'A request annotation comment has no closing `-->`; it swallows the rest of its block and yields nothing.',
  },
  'extract:annotation-without-fence': {
    severity: 'error',
    summary: 'A request annotation is not followed by a fenced code block before the next annotation or the end of the page.',
  },
  'extract:block-type-unreadable': {
    severity: 'warning',
    summary: 'An annotation-like comment has no readable `blockType`; it is not taken as a request.',
  },
  'extract:content-before-fence': {
    severity: 'warning',
    summary: 'A heading or prose stands between a request annotation and its fence; the fence is still taken.',
  },
  'extract:unclosed-fence': {
    severity: 'warning',
    summary: 'The request fence is never closed; it takes the rest of its container.',
  },
  'extract:empty-fence': {
    severity: 'warning',
    summary: 'The request fence holds no text.',
  },
  'extract:unusual-fence': {
    severity: 'info',
    summary: 'The request fence is spelled unusually (info string other than `http` or `msgraph-interactive`, leading space, `~~~`).',
  },
  'extract:missing-name': {
    severity: 'info',
    summary: 'The request annotation has no usable `name`; a stable name is derived from the page and the index.',
  },
  'extract:duplicate-name': {
    severity: 'warning',
    summary: 'Two request annotations of one page have the same name (compared case-insensitively).',
  },
} as const satisfies Record<`extract:${string}`, RuleDef>;
