/**
 * The playground's `typing`: what a tab's mark says besides "parses" (issue #17 item 2). The
 * embedded beta model is incomplete, and `POST /beta/me/sendM` rests on an inferred action there; against a
 * complete schema (a CSDL) a known request is typed, and an unknown one is not resolved.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { initCheckers } from '../../generator/check/index.js';
import { loadSchemas } from '../../generator/commands/schemas.js';
import { renderPlayground } from '../../generator/serve/render.js';
import { readCsdl } from '../../generator/schema/csdl.js';
import { Schema } from '../../generator/schema/schema.js';
import { REPO_ROOT } from '../support/shared.js';

const small = new Schema(readCsdl(readFileSync(path.join(REPO_ROOT, 'test', 'schema', 'fixtures', 'small.csdl.xml'), 'utf8'), 'small-v1.0.csdl'));

beforeAll(() => initCheckers());

describe('the playground says how far a request was typed', () => {
  test('without --schema, POST /beta/me/sendM (beta: no builder package lists the operations of a user) parses in every tab but rests on an inferred action: never "typed against a complete schema"', async () => {
    const schemas = await loadSchemas();
    const answer = renderPlayground({ http: 'POST https://graph.microsoft.com/beta/me/sendM' }, schemas.schemaFor, ['csharp', 'python']);
    expect(answer.languages.csharp?.verdict?.valid).toBe(true);
    expect(answer.typing).toMatchObject({ schema: 'embedded', resolved: true, restsOnInference: true });
    expect(answer.typing?.inferences).toContainEqual({ what: "'sendM' is taken as action microsoft.graph.sendM bound to microsoft.graph.user", line: 1, column: 42 });
  });

  test('against a complete schema: a known request is typed with nothing inferred; an unknown one is not resolved, with its reason placed', () => {
    const known = renderPlayground({ http: 'GET https://graph.microsoft.com/v1.0/me' }, () => small, ['python']);
    expect(known.typing).toEqual({ schema: 'complete', resolved: true, restsOnInference: false, inferences: [], reasons: [] });
    const unknown = renderPlayground({ http: 'POST https://graph.microsoft.com/v1.0/me/sendM' }, () => small, ['python']);
    expect(unknown.typing).toMatchObject({ schema: 'complete', resolved: false, restsOnInference: false });
    expect(unknown.typing?.reasons[0]).toMatchObject({ line: 1, column: 42 });
  });
});
