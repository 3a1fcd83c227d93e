/** The schema a golden case resolves against, as the golden runner picks it (beta → embedded beta). */
import { readFileSync } from 'node:fs';
import type { Schema } from '../../generator/schema/schema.js';
import type { Case } from '../cases/cases.js';
import { embeddedSchema, sharedCsdl } from '../support/typed.js';

export async function caseSchema(c: Case): Promise<Schema | null> {
  const beta = /^(?:GET|POST|PATCH|PUT|DELETE)\s+\S*\/beta\//m.test(readFileSync(c.input, 'utf8'));
  if (beta) return embeddedSchema('beta');
  if (c.schema === 'embedded') return embeddedSchema('v1.0');
  return sharedCsdl();
}
