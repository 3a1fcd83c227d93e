/** String escaping: exact spellings, and round trips through the real interpreters in one process each. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { quoteString, STRING_STYLES, isUnsafeCodePoint, type StringStyleName } from '../../generator/languages/shared/strings.js';

const HOSTILE = [
  '',
  'plain',
  `it's "quoted" ‘smart’ “double” „low‟`,
  'back\\slash \\n \\u0041 \\\\',
  '$x ${x} `cmd` $(whoami) %PATH% {$y}',
  'line1\nline2\r\n\ttab',
  'nul\0byte\x01\x1f\x7f',
  'comment */ end ?> php \'@ here-string @\'',
  'emoji 😀 and é and 日本',
  'rtl \u202eevil\u202c mark \u200f \u2028 sep \u2029 bom \ufeff',
  '\\',
  "'",
  '"',
];

function has(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
}

describe('exact spellings', () => {
  test.each<[StringStyleName, string, string]>([
    ['csharp', 'a"b\\c\n\0', '"a\\"b\\\\c\\n\\0"'],
    ['csharp', '\u202e', '"\\u202E"'],
    ['csharp', '\u{1F600}\u200f', '"\u{1F600}\\u200F"'],
    ['go', 'a"b\\c\n\0', '"a\\"b\\\\c\\n\\u0000"'],
    ['java', 'a"b\\c\n\0\u2028', '"a\\"b\\\\c\\n\\000\\u2028"'],
    ['java', '\u0001', '"\\001"'],
    ['javascript', "it's ${x} `", "'it\\'s ${x} `'"],
    ['javascriptTemplate', 'a ${x} `b`', '`a \\${x} \\`b\\``'],
    ['json', 'a"\n\u2028', '"a\\"\\n\\u2028"'],
    ['php', "it's $x \\", "'it\\'s $x \\\\'"],
    ['php', 'a\n$x', '"a\\n\\$x"'],
    ['powershell', "it's $x `y`", "'it''s $x `y`'"],
    ['powershell', 'it\u2019s', "'it\u2019\u2019s'"],
    ['powershell', 'a\n$x"`', '"a`n`$x`"``"'],
    ['powershell', '\u0001', '"$([char]0x0001)"'],
    ['python', 'a"b\\c\n\0', '"a\\"b\\\\c\\n\\x00"'],
    ['bash', "it's", "'it'\\''s'"],
    ['bash', 'a\nb', "$'a\\nb'"],
  ])('%s: %j', (style, text, expected) => expect(quoteString(text, style)).toBe(expected));

  test('no style writes an unsafe code point raw', () => {
    for (const style of Object.keys(STRING_STYLES) as StringStyleName[]) {
      for (const text of HOSTILE) {
        const quoted = quoteString(text, style);
        for (const ch of quoted) expect(isUnsafeCodePoint(ch.codePointAt(0)!) && ch !== '\n').toBe(false);
      }
    }
  });
});

const dir = mkdtempSync(path.join(tmpdir(), 'snipgen-strings-'));

describe('round trips through real interpreters (one process per language)', () => {
  test('node: JavaScript single quotes, template literals and JSON', () => {
    const file = path.join(dir, 'rt.mjs');
    const lines = HOSTILE.flatMap((t) => [quoteString(t, 'javascript'), quoteString(t, 'javascriptTemplate'), `JSON.parse(${quoteString(quoteString(t, 'json'), 'javascript')})`]);
    writeFileSync(file, `const x = 'INTERPOLATED';\nprocess.stdout.write(JSON.stringify([\n${lines.join(',\n')}\n]));\n`);
    const out = JSON.parse(execFileSync('node', [file], { encoding: 'utf8' })) as string[];
    expect(out).toEqual(HOSTILE.flatMap((t) => [t, t, t]));
  });

  test('python3: Python string literals', () => {
    const file = path.join(dir, 'rt.py');
    const lines = HOSTILE.map((t) => quoteString(t, 'python'));
    writeFileSync(file, `import json, sys\nsys.stdout.write(json.dumps([\n${lines.join(',\n')}\n]))\n`, 'utf8');
    const out = JSON.parse(execFileSync('python3', [file], { encoding: 'utf8' })) as string[];
    expect(out).toEqual(HOSTILE);
  });

  test('bash: shell arguments, including JSON bodies', () => {
    // NUL cannot be passed in an argv string at all; the CLI body is JSON, where it is \u0000.
    const texts = HOSTILE.filter((t) => !t.includes('\0') && !/[\ud800-\udfff]/.test(t));
    const bodies = HOSTILE.map((t) => JSON.stringify({ v: t }));
    const all = [...texts, ...bodies];
    const script = `for a in ${all.map((t) => quoteString(t, 'bash')).join(' ')}; do printf '%s\\0' "$a"; done`;
    const out = execFileSync('bash', ['-c', script]).toString('utf8').split('\0').slice(0, -1);
    expect(out).toEqual(all);
    expect(bodies.map((b) => (JSON.parse(b) as { v: string }).v)).toEqual(HOSTILE);
  });

  const optional = (cmd: string) => (has(cmd) && process.env.SNIPGEN_SLOW_ROUNDTRIPS === '1' ? test : test.skip);

  optional('go')('go: Go string literals (slow; SNIPGEN_SLOW_ROUNDTRIPS=1)', () => {
    const file = path.join(dir, 'rt.go');
    const lines = HOSTILE.map((t) => quoteString(t, 'go'));
    writeFileSync(file, `package main\nimport ("encoding/json"; "os")\nfunc main() { b, _ := json.Marshal([]string{\n${lines.join(',\n')},\n}); os.Stdout.Write(b) }\n`);
    const out = JSON.parse(execFileSync('go', ['run', file], { encoding: 'utf8' })) as string[];
    expect(out).toEqual(HOSTILE);
  });

  optional('java')('java: Java string literals (slow; SNIPGEN_SLOW_ROUNDTRIPS=1)', () => {
    const file = path.join(dir, 'Rt.java');
    const lines = HOSTILE.map((t) => quoteString(t, 'java'));
    writeFileSync(file, `public class Rt { public static void main(String[] a) throws Exception { String[] s = {\n${lines.join(',\n')}\n}; StringBuilder b = new StringBuilder(); for (String x : s) { for (char c : x.toCharArray()) b.append(String.format("%04x", (int) c)); b.append(' '); } System.out.print(b); } }\n`);
    const out = execFileSync('java', [file], { encoding: 'utf8' }).split(' ').slice(0, -1);
    const hex = (t: string) => [...Array(t.length).keys()].map((i) => t.charCodeAt(i).toString(16).padStart(4, '0')).join('');
    expect(out).toEqual(HOSTILE.map(hex));
  });

  optional('php')('php: PHP string literals', () => {
    const file = path.join(dir, 'rt.php');
    const lines = HOSTILE.filter((t) => !/[\ud800-\udfff]/.test(t)).map((t) => quoteString(t, 'php'));
    writeFileSync(file, `<?php $x = 'INTERPOLATED'; echo json_encode([\n${lines.join(',\n')}\n]);\n`);
    expect(JSON.parse(execFileSync('php', [file], { encoding: 'utf8' }))).toEqual(HOSTILE.filter((t) => !/[\ud800-\udfff]/.test(t)));
  });

  optional('pwsh')('pwsh: PowerShell string literals', () => {
    const file = path.join(dir, 'rt.ps1');
    const lines = HOSTILE.map((t) => quoteString(t, 'powershell'));
    writeFileSync(file, `$x = 'INTERPOLATED'\n@(\n${lines.join(',\n')}\n) | ConvertTo-Json -Compress\n`);
    expect(JSON.parse(execFileSync('pwsh', ['-NoProfile', '-File', file], { encoding: 'utf8' }))).toEqual(HOSTILE);
  });
});
