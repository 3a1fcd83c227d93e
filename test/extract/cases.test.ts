/**
 * Golden cases of the extract stage: `test/cases/extract/<case>/input.md` → `raw.json` (the raw
 * requests), `ir.json` (the request IR the ir stage builds from them) and `messages.txt` (the
 * diagnostics of both stages, one per line). `UPDATE_GOLDEN=1` rewrites them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { formatMessage } from '../../generator/diagnostics/report.js';
import { buildRequest } from '../../generator/ir/index.js';
import { expectGolden } from '../support/golden.js';
import { REPO_ROOT } from '../support/shared.js';
import { extract, placeProblems } from './support.js';

const CASES = path.join(REPO_ROOT, 'test', 'cases', 'extract');
const names = readdirSync(CASES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('extract golden cases', () => {
  test('there are cases', () => {
    expect(names.length).toBeGreaterThanOrEqual(40);
  });

  describe.each(names)('%s', (name) => {
    const dir = path.join(CASES, name);
    const relative = path.relative(REPO_ROOT, path.join(dir, 'input.md')).split(path.sep).join('/');
    const text = readFileSync(path.join(dir, 'input.md'), 'utf8');
    const result = extract(relative, text);

    test('raw requests, request IR and messages match the goldens', () => {
      const file = new VFile({ path: relative, value: text });
      const ir = result.raw.map((raw) => buildRequest(raw, file));
      expectGolden(path.join(dir, 'raw.json'), `${JSON.stringify(result.raw, null, 2)}\n`);
      expectGolden(path.join(dir, 'ir.json'), `${JSON.stringify(ir, null, 2)}\n`);
      const messages = [...result.messages, ...file.messages.map((message) => formatMessage(message))];
      expectGolden(path.join(dir, 'messages.txt'), messages.map((line) => `${line}\n`).join(''));
    });

    test('holds only its input and goldens', () => {
      expect(readdirSync(dir).sort()).toEqual(['input.md', 'ir.json', 'messages.txt', 'raw.json']);
    });

    test('every place agrees with vfile-location and every line is the page text at its place', () => {
      expect(placeProblems(text, result.raw)).toEqual([]);
    });

    test('parsing the whole page gives the same result as parsing windows', () => {
      expect(extract(relative, text, true)).toEqual(result);
    });
  });
});
