/**
 * The seeds, read in place: Microsoft's snippets of the access-review page in eight targets (002),
 * a Python include file using enums it never imports (000), and PHP written into a Python file (004).
 */
import { readFileSync } from 'node:fs';
import { checkSync, initCheckers, type CheckLanguage, type Finding } from '../../generator/check/index.js';
import { describeWithShared } from '../support/shared.js';
import { fencedCode, readSeedSnippets, seedFile, type SeedSnippet } from './seed-snippets.js';

beforeAll(() => initCheckers());

const ruleIds = (findings: readonly Finding[]): string[] => [...new Set(findings.map((f) => f.ruleId))].sort();

describeWithShared('seed 002: the access-review page in eight targets', ['seeds'], (dir) => {
  let snippets: SeedSnippet[] = [];
  beforeAll(() => {
    snippets = readSeedSnippets(seedFile(dir, '002_'));
  });
  const get = (example: number, language: CheckLanguage): SeedSnippet => {
    const s = snippets.find((x) => x.example === example && x.language === language);
    if (!s) throw new Error(`no ${language} snippet in example ${example}`);
    return s;
  };

  test('the page has 4 examples; example 3 has no Go snippet', () => {
    expect(snippets.map((s) => `${s.example}:${s.language}`)).toEqual([
      ...['csharp', 'cli', 'go', 'java', 'javascript', 'php', 'powershell', 'python'].map((l) => `1:${l}`),
      ...['csharp', 'cli', 'go', 'java', 'javascript', 'php', 'powershell', 'python'].map((l) => `2:${l}`),
      ...['csharp', 'cli', 'java', 'javascript', 'php', 'powershell', 'python'].map((l) => `3:${l}`),
      ...['csharp', 'cli', 'go', 'java', 'javascript', 'php', 'powershell', 'python'].map((l) => `4:${l}`),
    ]);
  });

  test('Go (example 1): `type`/`range` as names, a bare date, `query :=` twice', () => {
    const v = checkSync('go', get(1, 'go').code);
    expect(v.valid).toBe(false);
    const at = (id: string) => v.findings.filter((f) => f.ruleId === id).map((f) => [f.line, f.column]);
    expect(at('check:go-keyword-identifier')).toEqual([[48, 1], [49, 18], [53, 1], [54, 1], [55, 1], [55, 16], [57, 1], [58, 21]]);
    expect(at('check:go-unquoted-date')).toEqual([[56, 14]]);
    expect(at('check:go-no-new-variables')).toEqual([[23, 1], [25, 1]]);
    const lines = get(1, 'go').code.split('\n');
    expect(lines[55]).toBe('startDate := 2020-09-08T12:02:30.667Z');
    expect(lines[47]).toBe('type := graphmodels.WEEKLY_RECURRENCEPATTERNTYPE');
  });

  test.each([1, 2, 4])('Go (example %i) fails with keyword names, bare dates and repeated :=', (example) => {
    const v = checkSync('go', get(example, 'go').code);
    expect(ruleIds(v.findings)).toEqual(['check:go-keyword-identifier', 'check:go-no-new-variables', 'check:go-unquoted-date', 'check:syntax-error', 'check:syntax-missing']);
  });

  test.each([1, 2, 3, 4])('CLI (example %i): the --body is not JSON once bash has read it', (example) => {
    const s = get(example, 'cli');
    const v = checkSync('cli', s.code);
    expect(v.findings.filter((f) => f.ruleId === 'check:cli-body-invalid-json').map((f) => [f.line, f.column])).toEqual([[1, 66]]);
  });

  test("CLI (example 2): `everyone's` ends the single quote early", () => {
    const v = checkSync('cli', get(2, 'cli').code);
    expect(v.findings.filter((f) => f.ruleId === 'check:cli-quote-ends-early').map((f) => [f.line, f.column])).toEqual([[4, 61], [12, 64]]);
    expect(get(2, 'cli').code.split('\n')[3]!.slice(59, 63)).toBe("e's ");
    expect(get(2, 'cli').code.split('\n')[11]!.slice(62, 70)).toBe(" 'Guest'");
  });

  test('PowerShell (example 2): `"$filter"` is interpolated', () => {
    const v = checkSync('powershell', get(2, 'powershell').code);
    expect(v.findings.map((f) => [f.ruleId, f.line, f.column])).toEqual([
      ['check:powershell-interpolation', 8, 18],
      ['check:powershell-interpolation', 13, 42],
    ]);
  });

  test('Java (example 3): `property = new ();`', () => {
    const v = checkSync('java', get(3, 'java').code);
    expect(ruleIds(v.findings)).toEqual(['check:java-untyped-new', 'check:syntax-missing']);
    expect(v.findings.find((f) => f.ruleId === 'check:java-untyped-new')!.line).toBe(62);
  });

  // Java's `LocalDate.parse("2020-09-08T12:02:30.667Z")` (examples 1, 2, 4) compiles and throws
  // DateTimeParseException at run time: a runtime bug no parser sees, so those snippets pass here.
  test('the snippets that parse and lint clean pass (C#, JavaScript, PHP, Python everywhere; Java 1, 2, 4; PowerShell 1, 3, 4)', () => {
    const passing = snippets.filter((s) => checkSync(s.language, s.code).valid).map((s) => `${s.example}:${s.language}`);
    expect(passing).toEqual([
      '1:csharp', '1:java', '1:javascript', '1:php', '1:powershell', '1:python',
      '2:csharp', '2:java', '2:javascript', '2:php', '2:python',
      '3:csharp', '3:javascript', '3:php', '3:powershell', '3:python',
      '4:csharp', '4:java', '4:javascript', '4:php', '4:powershell', '4:python',
    ]);
    expect(get(1, 'java').code).toContain('LocalDate.parse("2020-09-08T12:02:30.667Z")');
  });
});

describeWithShared('seed 000: a Python include file with enums it never imports', ['seeds'], (dir) => {
  test('RecurrencePatternType and RecurrenceRangeType are used, not imported', () => {
    const { code } = fencedCode(readFileSync(seedFile(dir, '000_'), 'utf8'));
    const v = checkSync('python', code);
    expect(v.findings.map((f) => [f.ruleId, f.line, f.column, f.message])).toEqual([
      ['check:python-undefined-name', 65, 12, 'name `RecurrencePatternType` is used but never imported or defined'],
      ['check:python-undefined-name', 69, 12, 'name `RecurrenceRangeType` is used but never imported or defined'],
    ]);
  });
});

describeWithShared('seed 004: PHP written into a Python file', ['seeds'], (dir) => {
  test('the grammar rejects it and PHP-isms (`true`, `\\DateInterval`, `[]=`) are reported in place', () => {
    const { code } = fencedCode(readFileSync(seedFile(dir, '004_'), 'utf8'));
    const v = checkSync('python', code);
    expect(v.valid).toBe(false);
    expect(v.findings[0]!.line).toBe(2); // `// THE PYTHON SDK IS IN PREVIEW`
    expect(ruleIds(v.findings)).toEqual(['check:python-undefined-name', 'check:syntax-error', 'check:syntax-missing']);
    const undefinedNames = v.findings.filter((f) => f.ruleId === 'check:python-undefined-name').map((f) => /`([^`]+)`/.exec(f.message)![1]);
    expect(undefinedNames).toEqual(expect.arrayContaining(['GraphServiceClient', 'AccessPackageAssignmentPolicy', 'true', 'false']));
  });
});
