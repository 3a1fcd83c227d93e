import type { RuleDef } from '../types.js';

/**
 * Rules of `snipgen verify --run`: a compiled snippet run against a local capturing server sends
 * a request that differs from its docs example (generator/verify/meaning.ts lists what is compared
 * and every normalisation).
 */
export const verifyRules = {
  'verify:meaning-no-request': {
    severity: 'error',
    summary: 'The snippet ran and returned but sent no request.',
  },
  'verify:meaning-request-count': {
    severity: 'error',
    summary: 'The snippet sent more than the one request its docs example shows.',
  },
  'verify:meaning-method': {
    severity: 'error',
    summary: 'The snippet sends another HTTP method than the docs example.',
  },
  'verify:meaning-path': {
    severity: 'error',
    summary: 'The snippet sends another path (after percent-decoding and the listed normalisations) or API version than the docs example, and announces no rewrite.',
  },
  'verify:meaning-query': {
    severity: 'error',
    summary: 'A query option of the docs example is not sent, is sent with another value, or one the docs lack is sent.',
  },
  'verify:meaning-header': {
    severity: 'error',
    summary: 'A header the docs example sets on purpose (ConsistencyLevel, Prefer, If-Match, a stream Content-Type) is not sent or sent with another value.',
  },
  'verify:meaning-body': {
    severity: 'error',
    summary: 'The body sent differs from the docs example as JSON, beyond the listed normalisations (a value changed, a property dropped or added).',
  },
  'verify:meaning-run-error': {
    severity: 'error',
    summary: 'The compiled snippet raised at run time before sending any request.',
  },
} as const satisfies Record<`verify:${string}`, RuleDef>;
