import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LANGUAGES, LANGUAGE_IDS, goldenFileName, isLanguageId } from '../../generator/languages/index.js';
import { parseReservedWords } from '../../generator/languages/shared/names.js';
import { REPO_ROOT } from '../support/shared.js';

const folder = (id: string) => path.join(REPO_ROOT, 'generator', 'languages', id);

test('the registry: ids, fence tags, golden file names', () => {
  expect(LANGUAGE_IDS).toEqual(['csharp', 'go', 'java', 'javascript', 'php', 'powershell', 'python', 'cli']);
  expect(LANGUAGES.map((l) => l.fenceTag)).toEqual(['csharp', 'go', 'java', 'javascript', 'php', 'powershell', 'python', 'bash']);
  expect(LANGUAGE_IDS.map(goldenFileName)).toEqual(['csharp.cs', 'go.go', 'java.java', 'javascript.js', 'php.php', 'powershell.ps1', 'python.py', 'cli.sh']);
  expect(isLanguageId('go')).toBe(true);
  expect(isLanguageId('typescript')).toBe(false);
});

test('every language folder has the same four files (a language may add its own helpers beside them)', () => {
  for (const id of LANGUAGE_IDS) {
    const files = readdirSync(folder(id));
    for (const required of ['literals.ts', 'naming.ts', 'profile.ts', 'reserved-words.txt']) expect(files).toContain(required);
  }
});

test('reserved-words.txt parses: one word a line, comments, sections', () => {
  const parsed = parseReservedWords('# c\nfoo\n bar \n\n[types]\nBaz # trailing\n');
  expect([...parsed.keywords]).toEqual(['foo', 'bar']);
  expect([...(parsed.sections.get('types') ?? [])]).toEqual(['Baz']);
  for (const id of LANGUAGE_IDS) {
    const words = parseReservedWords(readFileSync(path.join(folder(id), 'reserved-words.txt'), 'utf8'));
    expect(words.keywords.size).toBeGreaterThan(10);
    for (const w of words.keywords) expect(w).toMatch(/^[A-Za-z_]+$/);
  }
});
