/** `snipgen check` over include files and bare snippets: verdict lines, per-language table, exit codes, JSON. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatCheckRun, runCheck } from '../../generator/commands/check.js';
import { REPO_ROOT, describeWithShared } from '../support/shared.js';

const CLI = path.join(REPO_ROOT, 'dist', 'generator', 'cli.js');
const include = (tag: string, code: string) => `---\ndescription: "Automatically generated file. DO NOT MODIFY"\n---\n\n\`\`\`${tag}\n${code}\n\`\`\`\n`;

function folder(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'snipgen-check-'));
  for (const dir of ['go', 'python', 'cli', 'other']) mkdirSync(path.join(root, dir));
  writeFileSync(path.join(root, 'go', 'ok.md'), include('go', 'displayName := "x"\nrequestBody.SetDisplayName(&displayName)'));
  // line 7 of the file: `type` as a variable
  writeFileSync(path.join(root, 'go', 'broken.md'), include('go', 'requestBody := graphmodels.NewUser()\ntype := "x"\nrequestBody.SetType(&type)'));
  writeFileSync(path.join(root, 'python', 'ok.md'), include('python', 'result = await graph_client.users.get()'));
  writeFileSync(path.join(root, 'cli', 'broken.md'), include('bash', `mgc users create --body '{"displayName": "it's"}'`));
  // language from the fence tag, outside a language folder
  writeFileSync(path.join(root, 'other', 'snippet.md'), include('powershell', 'Get-MgUser -UserId $userId'));
  writeFileSync(path.join(root, 'bare.js'), "const user = { displayName: 'x' };\nawait client.api('/users').post(user);\n");
  writeFileSync(path.join(root, 'bare.py'), 'print(undefined_name)\n');
  return root;
}

describe('runCheck (library)', () => {
  test('verdicts, placed findings and the per-language table', async () => {
    const root = folder();
    const run = await runCheck([root]);
    expect(run.ok).toBe(false);
    expect(run.languages.map((r) => [r.language, r.checked, r.valid, r.invalid])).toEqual([
      ['go', 2, 1, 1],
      ['javascript', 1, 1, 0],
      ['powershell', 1, 1, 0],
      ['python', 2, 1, 1],
      ['cli', 1, 0, 1],
    ]);
    const lines = formatCheckRun(run).map((l) => l.replace(root + path.sep, ''));
    expect(lines).toContain("go/broken.md:7:1: error `type` is a Go keyword and cannot name a variable (use e.g. `typeEscaped`) [check:go-keyword-identifier]");
    expect(lines).toContain('bare.py:1:7: error name `undefined_name` is used but never imported or defined [check:python-undefined-name]');
    expect(lines.some((l) => /^cli\/broken\.md:6:\d+: error .*\[check:cli-quote-ends-early\]$/.test(l))).toBe(true);
  });

  test('--lang restricts the files checked; a missing input is an error', async () => {
    const root = folder();
    const run = await runCheck([root], { languages: ['go'] });
    expect(run.languages.map((r) => r.language)).toEqual(['go']);
    const none = await runCheck([path.join(root, 'nope')]);
    expect(none.ok).toBe(false);
    expect(formatCheckRun(none)).toEqual([`${path.join(root, 'nope')}:1:1: error no such file or directory [cli:input-not-found]`]);
  });

  test('an include file without a fence is reported, not skipped', async () => {
    const root = folder();
    writeFileSync(path.join(root, 'go', 'empty.md'), '---\ntitle: x\n---\n');
    const run = await runCheck([path.join(root, 'go')]);
    expect(formatCheckRun(run).some((l) => l.endsWith('empty.md:1:1: error no fenced code block [check:file-unreadable]'))).toBe(true);
  });
});

describe('snipgen check (CLI)', () => {
  const cli = (...args: string[]) => spawnSync(process.execPath, [CLI, 'check', ...args], { encoding: 'utf8' });

  test('exit 1 with a broken file, verdict lines and the table', () => {
    const root = folder();
    const r = cli(root);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${path.join(root, 'go', 'broken.md')}:7:1: error`);
    expect(r.stdout).toMatch(/^go\s+2\s+1\s+1$/m);
    expect(r.stdout).toMatch(/^language\s+checked\s+valid\s+invalid$/m);
  });

  test('exit 0 when everything is valid', () => {
    const root = folder();
    const r = cli(path.join(root, 'python', 'ok.md'), path.join(root, 'go', 'ok.md'));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  test('--format json', () => {
    const root = folder();
    const r = cli(root, '--format', 'json', '--lang', 'cli');
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout) as { ok: boolean; languages: { language: string; checked: number }[]; files: { path: string; valid: boolean; findings: { ruleId: string; line: number }[] }[] };
    expect(json.ok).toBe(false);
    expect(json.languages).toEqual([{ language: 'cli', checked: 1, valid: 0, invalid: 1 }]);
    expect(json.files[0]!.findings[0]!.ruleId).toBe('check:cli-quote-ends-early');
    expect(json.files[0]!.findings[0]!.line).toBe(6);
  });
});

/** The same figures test/check/reference-snippets.test.ts pins, through the command. */
describeWithShared('snipgen check over the reference include files', ['reference-snippets', 'graph-docs-contrib'], (root) => {
  test('the per-language table', async () => {
    const run = await runCheck([root]);
    expect(Object.fromEntries(run.languages.map((r) => [r.language, [r.checked, r.valid]]))).toEqual({
      csharp: [25, 24],
      go: [24, 4],
      java: [22, 21],
      javascript: [22, 19],
      php: [22, 21],
      powershell: [21, 20],
      python: [22, 7],
      cli: [21, 3],
    });
    expect(run.ok).toBe(false);
  });
});
