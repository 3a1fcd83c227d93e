import { LANGUAGES, languageById } from '../../generator/languages/index.js';
import { loadReservedWords } from '../../generator/languages/shared/names.js';

describe('the per-snippet namer', () => {
  test('documented scheme: base name, then the first free numeric suffix from 1', () => {
    const names = languageById('go').newNamer();
    expect(names.claim('recurrence')).toBe('recurrence');
    expect(names.claim('recurrence')).toBe('recurrence1');
    expect(names.claim('Recurrence')).toBe('recurrence2');
    expect(names.claim('startDateTime')).toBe('startDateTime');
    expect(names.claim('@odata.type')).toBe('odataType');
  });

  test('keywords and runtime names are never returned', () => {
    const go = languageById('go').newNamer();
    expect(go.claim('type')).toBe('type1');
    expect(go.claim('range')).toBe('range1');
    expect(go.claim('requestBody')).toBe('requestBody1');
    expect(go.claim('err')).toBe('err1');
    expect(go.claim('string')).toBe('string1');
    const py = languageById('python').newNamer();
    expect(py.claim('from')).toBe('from1');
    expect(py.claim('requestBody')).toBe('request_body1');
    expect(py.claim('displayName')).toBe('display_name');
    const ps = languageById('powershell').newNamer();
    expect(ps.claim('Params')).toBe('params1');
    expect(ps.claim('PARAMS')).toBe('params2');
    const php = languageById('php').newNamer();
    expect(php.claim('this')).toBe('this1');
    expect(php.claim('List')).toBe('list1');
  });

  test('reserved imported names and digits-first hints', () => {
    const names = languageById('csharp').newNamer();
    names.reserve('user');
    expect(names.claim('user')).toBe('user1');
    expect(names.claim('2fa')).toBe('value2Fa');
    expect(names.claim('')).toBe('value');
    expect(names.claim('!!!')).toBe('value1');
  });

  test.each(LANGUAGES.map((l) => l.id))('%s: over keywords and runtime names, names are unique, legal and never keywords', (id) => {
    const language = languageById(id);
    const keywords = loadReservedWords(new URL(`../../generator/languages/${id}/naming.ts`, import.meta.url).href, id).keywords;
    const names = language.newNamer();
    const hints = [...keywords, ...language.runtimeNames, ...keywords, 'displayName', 'displayName', 'display_name', 'Display-Name'];
    const given = hints.map((h) => names.claim(h));
    const norm = (s: string) => (id === 'powershell' ? s.toLowerCase() : s);
    expect(new Set(given.map(norm)).size).toBe(given.length);
    for (const name of given) {
      expect(name).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
      expect([...keywords].map(norm)).not.toContain(norm(name));
      expect(language.runtimeNames.map(norm)).not.toContain(norm(name));
    }
  });
});
