import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CHECK_LANGUAGES } from '../../generator/check/index.js';
import {
  KIOTA_LANGUAGE_IDS,
  LANGUAGES,
  LANGUAGE_IDS,
  goldenFileName,
  isLanguageId,
  languageOfExtension,
  languageOfFenceTag,
  languageOfTabId,
  languageOfTabText,
} from '../../generator/languages/index.js';
import { parseReservedWords } from '../../generator/languages/shared/names.js';
import { RENDERERS } from '../../generator/render/renderers.js';
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
    for (const required of ['literals.ts', 'naming.ts', 'profile.ts', 'reserved-words.txt', 'view.ts']) expect(files).toContain(required);
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

test('the tables about the targets come from the profiles: tabs, fence tags, extensions, families', () => {
  expect(LANGUAGES.map((l) => `# [${l.tabTitle}](#tab/${l.tabId})`)).toEqual([
    '# [C#](#tab/csharp)', '# [Go](#tab/go)', '# [Java](#tab/java)', '# [JavaScript](#tab/javascript)',
    '# [PHP](#tab/php)', '# [PowerShell](#tab/powershell)', '# [Python](#tab/python)', '# [CLI](#tab/cli)',
  ]);
  expect(KIOTA_LANGUAGE_IDS).toEqual(['csharp', 'go', 'java', 'php', 'python']);
  expect(['c#', 'C#', 'js', 'Python', 'cli', 'objc', 'http'].map(languageOfTabText)).toEqual(['csharp', 'csharp', 'javascript', 'python', 'cli', null, null]);
  expect(['csharp', 'Go', 'http'].map(languageOfTabId)).toEqual(['csharp', 'go', null]);
  expect(['cs', 'js', 'py', 'bash', 'shell', 'sh', 'cli', 'ps1', 'c#'].map(languageOfFenceTag)).toEqual(['csharp', 'javascript', 'python', 'cli', 'cli', 'cli', 'cli', null, null]);
  expect(['.cs', '.ps1', '.sh', '.md'].map(languageOfExtension)).toEqual(['csharp', 'powershell', 'cli', null]);
  // the checker declares its languages itself (it depends on no generating stage): the same ids
  expect([...CHECK_LANGUAGES]).toEqual(LANGUAGE_IDS);
});

test("a renderer prints the SDK call plan exactly when its profile's family is kiota", () => {
  for (const id of LANGUAGE_IDS) expect([id, RENDERERS[id].family === 'kiota']).toEqual([id, KIOTA_LANGUAGE_IDS.includes(id)]);
});
