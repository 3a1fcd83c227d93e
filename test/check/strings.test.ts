/** The literal decoders of every language, and shell word reading checked against real bash. */
import { execFileSync } from 'node:child_process';
import { cliBodyArguments, decodeStringLiteral, initCheckers, LiteralDecodeError, scanStringLiteral, type CheckLanguage } from '../../generator/check/index.js';

beforeAll(() => initCheckers());

const cases: [CheckLanguage, string, string][] = [
  // C#: regular, verbatim, raw (single- and multi-line), interpolated without holes, u8
  ['csharp', String.raw`"a\"b\\c\n\t\0\x41\u00e9\U0001F600"`, 'a"b\\c\n\t\0Aé😀'],
  ['csharp', String.raw`"\x4142"`, '\u4142'],
  ['csharp', '@"C:\\dir ""q"""', 'C:\\dir "q"'],
  ['csharp', '"""a "quoted" \\n"""', 'a "quoted" \\n'],
  ['csharp', '"""\n    line 1\n      line 2\n    """', 'line 1\n  line 2'],
  ['csharp', '$"{{x}}"', '{x}'],
  ['csharp', '$@"{{""}}"', '{"}'],
  ['csharp', '"abc"u8', 'abc'],
  // Go: interpreted (byte escapes are UTF-8), raw
  ['go', String.raw`"a\"b\\c\n\x41\101\u00e9\U0001F600"`, 'a"b\\c\nAAé😀'],
  ['go', String.raw`"\xc3\xa9"`, 'é'],
  ['go', '`raw \\n "x"\r`', 'raw \\n "x"'],
  // Java: escapes, octal, unicode pre-translation, text block
  ['java', String.raw`"a\"b\\c\n\s\101\7"`, 'a"b\\c\n A\x07'],
  ['java', String.raw`"\u0041\uu0042"`, 'AB'],
  ['java', '"""\n    hello\n      "world"  \n    """', 'hello\n  "world"\n'],
  ['java', '"""\n    one \\\n    two"""', 'one two'],
  // JavaScript: single, double, template
  ['javascript', String.raw`'it\'s \x41\u0042\u{1F600}\0 \
x'`, "it's AB😀\0 x"],
  ['javascript', String.raw`"a\"b"`, 'a"b'],
  ['javascript', '`a\\`b\\${c}\r\nd`', 'a`b${c}\nd'],
  // PHP: single, double, heredoc, nowdoc
  ['php', String.raw`'it\'s \n \\'`, "it's \\n \\"],
  ['php', String.raw`"a\n\t\$x\"\x41\101\u{e9}"`, 'a\n\t$x"AAé'],
  ['php', '<<<EOT\n  a\\tb \\"\n  EOT', 'a\tb \\"'],
  ["php", "<<<'EOT'\n  $raw \\n\n  EOT", '$raw \\n'],
  // PowerShell: single with '' doubling, double with backtick escapes and "" doubling, here-strings
  ['powershell', "'it''s $x `n'", "it's $x `n"],
  ['powershell', '"a`tb`n`"q`" ""x"" `$y ``"', 'a\tb\n"q" "x" $y `'],
  ['powershell', '"`u{1F600}"', '😀'],
  ['powershell', "@'\n$raw `n\n'@", '$raw `n'],
  ['powershell', '@"\nline "1"`t\n"@', 'line "1"\t'],
  // Python: all prefixes and quote forms
  ['python', String.raw`'a\'b\\c\n\x41\101\u00e9\U0001F600\q'`, "a'b\\c\nAAé😀\\q"],
  ['python', String.raw`r'a\n\'b'`, "a\\n\\'b"],
  ['python', String.raw`b'\xc3\xa9'`, '\xc3\xa9'],
  ['python', String.raw`Rb"\x41"`, '\\x41'],
  ['python', `f'{{x}}'`, '{x}'],
  ['python', `"""a "q" '''\n b"""`, `a "q" '''\n b`],
  ['python', "u'é'", 'é'],
  // bash: single, double, $'...', concatenations, line continuation
  ['cli', `'a\\b "c"'`, 'a\\b "c"'],
  ['cli', String.raw`"a\"b\$c\\d\e"`, 'a"b$c\\d\\e'],
  ['cli', String.raw`$'a\tb\x41\101\u00e9\'q'`, "a\tbAAé'q"],
  ['cli', String.raw`'it'\''s'`, "it's"],
  ['cli', 'ab\\\ncd', 'abcd'],
  ['cli', String.raw`--x="a b"'c'\ d`, '--x=a bc d'],
];

describe('decodeStringLiteral', () => {
  test.each(cases)('%s %s', (language, literal, value) => {
    expect(decodeStringLiteral(language, literal)).toBe(value);
  });

  test('accepts a node-like object with the literal text', () => {
    expect(decodeStringLiteral('go', { text: '"x\\ty"' })).toBe('x\ty');
  });

  test.each([
    ['csharp', '$"a{b}"'],
    ['csharp', '"\\q"'],
    ['go', '"\\q"'],
    ['java', '"\\q"'],
    ['javascript', '`a${b}`'],
    ['javascript', "'\\1'"],
    ['php', '"$x"'],
    ['powershell', '"$filter"'],
    ['python', 'f"{x}"'],
    ['python', "'\\N{BULLET}'"],
    ['cli', '"$HOME"'],
    ['cli', "'open"],
    ['go', '"open'],
  ] as [CheckLanguage, string][])('%s %s has no fixed value', (language, literal) => {
    expect(() => decodeStringLiteral(language, literal)).toThrow(LiteralDecodeError);
  });

  test('scan reports the kind and offset of each issue', () => {
    expect(scanStringLiteral('php', '"a\\\'b $c"').issues).toEqual([
      { kind: 'kept-backslash', offset: 2, length: 2, text: "\\'" },
      { kind: 'interpolation', offset: 6, length: 2, text: '$c' },
    ]);
    expect(scanStringLiteral('powershell', '"`q"').issues).toEqual([{ kind: 'dropped-escape', offset: 1, length: 2, text: '`q' }]);
  });
});

/** What real bash passes as arguments: a stand-in `mgc` prints each argument NUL-terminated. */
function bashArguments(command: string): string[] {
  const out = execFileSync('bash', ['--noprofile', '--norc', '-c', `mgc() { printf '%s\\0' "$@"; }\n${command}`], { encoding: 'utf8' });
  return out.split('\0').slice(0, -1);
}

const hasPython = (() => {
  try {
    execFileSync('python3', ['-c', 'pass']);
    return true;
  } catch {
    return false;
  }
})();

describe('against the real interpreters', () => {
  test.each(cases.filter(([l]) => l === 'cli'))('bash reads %s %s the same way', (_l, literal, value) => {
    expect(bashArguments(`mgc ${literal}`)).toEqual([value]);
  });

  (hasPython ? test.each(cases.filter(([l, lit]) => l === 'python' && !/^[a-zA-Z]*[bBfF]/.test(lit))) : test.skip.each([['python', '', '']]))(
    'python3 reads %s %s the same way',
    (_l, literal, value) => {
      const out = execFileSync('python3', ['-W', 'ignore', '-c', 'import ast,sys,json; sys.stdout.write(json.dumps(ast.literal_eval(sys.stdin.read())))'], {
        input: literal,
        encoding: 'utf8',
      });
      expect(JSON.parse(out)).toBe(value);
    },
  );
});

describe('cliBodyArguments', () => {
  const snippets = [
    `mgc users create --body '{\n  "displayName": "it'\\''s"\n}'`,
    `mgc groups update --group-id {group-id} --body "{\\"a\\": \\"x y\\"}" --debug`,
    `mgc x --body=$'{"tab": "a\\tb"}'`,
    `mgc users create --body '{\\\n"a": 1\\\n}\\\n'`,
    `mgc users create \\\n  --body '{}'`,
  ];
  test.each(snippets)('the decoded --body equals what bash passes: %s', (code) => {
    const args = bashArguments(code);
    const fromBash = args.flatMap((a, i) => (a === '--body' ? [args[i + 1]!] : a.startsWith('--body=') ? [a.slice(7)] : []));
    expect(cliBodyArguments(code)).toEqual(fromBash);
    expect(fromBash).toHaveLength(1);
  });
  test('values', () => {
    expect(cliBodyArguments(snippets[0]!)).toEqual(['{\n  "displayName": "it\'s"\n}']);
    expect(cliBodyArguments(snippets[3]!)).toEqual(['{\\\n"a": 1\\\n}\\\n']);
  });
});
