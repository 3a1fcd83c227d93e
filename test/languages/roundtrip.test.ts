/**
 * String literals, property-based: thousands of hostile strings (every kind of quote, escapes,
 * interpolation openers, controls, bidi marks, astral characters, lone surrogates) from a seeded
 * PRNG go through each target's `Edm.String` printer, are embedded in a snippet of that language
 * (many per snippet, one parse), and must (1) leave the snippet valid for the checker, (2) be one
 * literal node spanning exactly what was printed, and (3) decode from the tree to the original.
 *
 * Lone surrogates: UTF-16 targets (C#, Java, JavaScript, PowerShell, Python, JSON in the CLI body)
 * escape them exactly; UTF-8 targets (Go, PHP, a bash word) cannot hold one, so the printer writes
 * U+FFFD and reports the loss (`lossy`), and that is what must come back.
 *
 * `ROUNDTRIP_SEED` replays a run; `ROUNDTRIP_COUNT` overrides the count (10,000 per target under CI).
 */
import type { Node } from 'web-tree-sitter';
import { checkSync, cliBodyArguments, decodeStringLiteral, initCheckers, type CheckLanguage } from '../../generator/check/index.js';
import { parserFor } from '../../generator/check/parsers.js';
import { wrapSnippet } from '../../generator/check/wrap.js';
import { cliLiterals } from '../../generator/languages/cli/literals.js';
import { csharpLiterals } from '../../generator/languages/csharp/literals.js';
import { goLiterals } from '../../generator/languages/go/literals.js';
import { languageById } from '../../generator/languages/index.js';
import { javaLiterals } from '../../generator/languages/java/literals.js';
import { javascriptLiterals } from '../../generator/languages/javascript/literals.js';
import { phpLiterals } from '../../generator/languages/php/literals.js';
import { powershellLiterals } from '../../generator/languages/powershell/literals.js';
import type { LiteralContext, Printer } from '../../generator/languages/profile.js';
import { pythonLiterals } from '../../generator/languages/python/literals.js';
import { quoteString } from '../../generator/languages/shared/strings.js';

const COUNT = Number(process.env.ROUNDTRIP_COUNT ?? (process.env.CI ? 10_000 : 3_000));
const SEED = Number(process.env.ROUNDTRIP_SEED ?? 20240611);
const BATCH = 250;

// ------------------------------------------------------------------------------------------ strings

/** mulberry32: small, fast, good enough for test data; the same seed gives the same strings. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pieces that break string literals somewhere. */
const ATOMS: readonly string[] = [
  // quotes of every kind, doubled and tripled
  '"', "'", '`', '""', "''", '"""', "'''", '\u2018', '\u2019', '\u201a', '\u201b', '\u201c', '\u201d', '\u201e', '\u201f', '«', '»',
  // backslashes and things that look like escapes
  '\\', '\\\\', '\\n', '\\t', '\\"', "\\'", '\\u0041', '\\u{41}', '\\x41', '\\0', '\\101', '\\U0001F600', '\\N{BULLET}', '\\e', '\\$', '\\\n',
  // interpolation and formatting openers of every target
  '$', '$$', '$x', '${x}', '${', '$(whoami)', '$(', '$_', '$true', '$env:PATH', '{$x}', '{', '}', '{{', '}}', '{0}', '#{x}', '%', '%s', '%d', '%PATH%', '@', '@{', '@(',
  // comment, tag and here-string terminators
  '*/', '/*', '//', '#', '<#', '#>', '?>', '<?php', '<?', "'@", '"@', "@'", '@"', "\n'@", '\n"@', '--', '<<EOF', 'EOF',
  // shell syntax
  ';', '&', '&&', '|', '||', '!', '~', '*', '?', '[', ']', '(', ')', '<', '>', '=', '^', ' ', '  ',
  // controls
  '\n', '\r', '\r\n', '\t', '\0', '\x01', '\x07', '\b', '\f', '\v', '\x1b', '\x1f', '\x7f', '\x80', '\x85', '\x9b', '\x9f',
  // non-ASCII, astral, combining, invisible and bidi
  'é', 'e\u0301', '\u0300', 'ß', '日本語', '\u00a0', '\u3000', '😀', '𝔘', '\u{10FFFF}', '👩\u200d👩\u200d👧', '\u200b', '\u200d', '\u200e', '\u200f',
  '\u202a', '\u202e', '\u202c', '\u2066', '\u2069', '\u061c', '\u2028', '\u2029', '\ufeff', '\ufffd', '\uffff', '\ufffe',
  // lone surrogates
  '\ud800', '\udbff', '\udc00', '\udfff', '\ud83d', '\ude00',
  // ordinary text
  'a', 'Z', '0', '42', 'name', 'O', 'displayName', '.', ',', ':', '-', '_', '+',
];

function randomString(next: () => number): string {
  const r = next();
  if (r < 0.02) return '';
  let out = '';
  const parts = 1 + Math.floor(next() * (r < 0.9 ? 8 : 30));
  for (let i = 0; i < parts; i++) {
    const k = next();
    if (k < 0.8) out += ATOMS[Math.floor(next() * ATOMS.length)]!;
    else if (k < 0.9) out += String.fromCharCode(Math.floor(next() * 0x10000)); // any UTF-16 unit, surrogates included
    else out += String.fromCodePoint(Math.floor(next() * 0x110000)); // any code point, astral included
  }
  return out;
}

/** Lone surrogates replaced by U+FFFD (what a UTF-8 encoder sends). */
function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}
const hasLoneSurrogate = (text: string): boolean => wellFormed(text) !== text;

// ------------------------------------------------------------------------------------------ targets

interface Placed {
  readonly line: number; // 1-based, in the snippet
  readonly column: number; // 1-based
  readonly code: string;
  readonly expected: string;
}

interface Target {
  readonly language: CheckLanguage;
  /** the literal types the tree must hold exactly where the literal was printed */
  readonly literalTypes: ReadonlySet<string>;
  /** the value a UTF-8 target can hold */
  readonly utf8: boolean;
  /** the snippet for a batch, and where each literal sits */
  build(values: readonly string[]): { code: string; placed: Placed[] };
  /** extra checks on the whole snippet (CLI: the --body values) */
  extra?(code: string, values: readonly string[]): void;
}

const CONTEXT = (id: 'csharp' | 'go' | 'java' | 'javascript' | 'php' | 'powershell' | 'python' | 'cli'): LiteralContext => ({
  api: 'v1.0',
  names: languageById(id).newNamer(),
  hint: 'displayName',
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function printerFor(id: Parameters<typeof CONTEXT>[0], printer: Printer<any>): (text: string) => { code: string; lossy: boolean } {
  const context = CONTEXT(id);
  return (text) => {
    const out = printer({ kind: 'string', value: text }, context);
    return { code: out.code, lossy: out.issues.some((i) => i.kind === 'lossy') };
  };
}

/** Lines with one literal each: `before` + literal + `after`; `head`/`tail` around them. */
function lines(head: string[], values: readonly string[], print: (t: string) => { code: string }, line: (lit: string, i: number) => [before: string, after: string], tail: string[], utf8: boolean) {
  const out = [...head];
  const placed: Placed[] = [];
  values.forEach((v, i) => {
    const lit = print(v).code;
    const [before, after] = line(lit, i);
    placed.push({ line: out.length + 1, column: before.length + 1, code: lit, expected: utf8 ? wellFormed(v) : v });
    out.push(before + lit + after);
  });
  return { code: [...out, ...tail].join('\n'), placed };
}

const cs = printerFor('csharp', csharpLiterals['Edm.String']);
const go = printerFor('go', goLiterals['Edm.String']);
const java = printerFor('java', javaLiterals['Edm.String']);
const js = printerFor('javascript', javascriptLiterals['Edm.String']);
const php = printerFor('php', phpLiterals['Edm.String']);
const ps = printerFor('powershell', powershellLiterals['Edm.String']);
const py = printerFor('python', pythonLiterals['Edm.String']);
const json = printerFor('cli', cliLiterals['Edm.String']);

const TARGETS: readonly Target[] = [
  {
    language: 'csharp',
    literalTypes: new Set(['string_literal', 'verbatim_string_literal', 'raw_string_literal']),
    utf8: false,
    build: (values) =>
      lines(['var requestBody = new User();', 'var names = new List<string>();'], values, cs, (_l, i) => (i % 2 ? ['names.Add(', ');'] : ['requestBody.DisplayName = ', ';']), [], false),
  },
  {
    language: 'go',
    literalTypes: new Set(['interpreted_string_literal', 'raw_string_literal']),
    utf8: true,
    build: (values) => {
      const out: string[] = ['requestBody := graphmodels.NewUser()'];
      const placed: Placed[] = [];
      values.forEach((v, i) => {
        const lit = go(v).code;
        placed.push({ line: out.length + 1, column: `displayName${i} := `.length + 1, code: lit, expected: wellFormed(v) });
        out.push(`displayName${i} := ${lit}`, `requestBody.SetDisplayName(&displayName${i})`);
      });
      return { code: out.join('\n'), placed };
    },
  },
  {
    language: 'java',
    literalTypes: new Set(['string_literal']),
    utf8: false,
    build: (values) => lines(['User user = new User();'], values, java, () => ['user.setDisplayName(', ');'], [], false),
  },
  {
    language: 'javascript',
    literalTypes: new Set(['string', 'template_string']),
    utf8: false,
    build: (values) => lines(['const user = {'], values, js, (_l, i) => [`  displayName${i}: `, ','], ['};', '', 'await client.api(\'/users\').post(user);'], false),
  },
  {
    language: 'php',
    literalTypes: new Set(['string', 'encapsed_string']),
    utf8: true,
    build: (values) => lines(['<?php', '$requestBody = new User();'], values, php, () => ['$requestBody->setDisplayName(', ');'], [], true),
  },
  {
    language: 'powershell',
    literalTypes: new Set(['string_literal', 'expandable_string_literal', 'verbatim_string_characters', 'parenthesized_expression']),
    utf8: false,
    build: (values) => lines(['$params = @{'], values, ps, (_l, i) => [`\tdisplayName${i} = `, ''], ['}', '', 'New-MgUser -BodyParameter $params'], false),
  },
  {
    language: 'python',
    literalTypes: new Set(['string', 'concatenated_string']),
    utf8: false,
    build: (values) =>
      lines(['from msgraph.generated.models.user import User', '', 'request_body = User('], values, py, (_l, i) => [`\tdisplay_name${i} = `, ','], [')'], false),
  },
  {
    language: 'cli',
    literalTypes: new Set(['word', 'raw_string', 'string', 'ansi_c_string', 'concatenation']),
    utf8: true,
    // a plain argument (bash quoting of the text) and a --body JSON document holding the JSON literal
    build: (values) =>
      lines([], values, (v) => ({ code: quoteString(v, 'bash') }), (_l, i) => ['mgc users update --user-id ', ` --body ${quoteString(`{"displayName": ${json(values[i]!).code}}`, 'bash')}`], [], true),
    extra: (code, values) => {
      const bodies = cliBodyArguments(code).map((b) => (JSON.parse(b) as { displayName: string }).displayName);
      expect(bodies).toEqual([...values]); // JSON holds lone surrogates exactly (\uD800)
    },
  },
];

/** The value of a PowerShell string expression: a literal, or `('a' + [char]0x200F + 'b')`. */
function powershellValue(node: Node): string {
  if (node.type !== 'parenthesized_expression') return decodeStringLiteral('powershell', node);
  let out = '';
  for (const part of node.descendantsOfType(['string_literal', 'cast_expression'])) {
    if (!part) continue;
    if (part.type === 'string_literal') out += decodeStringLiteral('powershell', part);
    else {
      const m = /^\[char\](0x[0-9A-Fa-f]+)$/.exec(part.text);
      if (!m) throw new Error(`unexpected PowerShell part ${part.text}`);
      out += String.fromCharCode(Number(m[1]));
    }
  }
  return out;
}

// ------------------------------------------------------------------------------------------ the test

beforeAll(() => initCheckers());

const strings = (() => {
  const next = prng(SEED);
  return Array.from({ length: COUNT }, () => randomString(next));
})();

test('the generator covers every hostile class', () => {
  const all = strings.join('');
  for (const probe of ['"', "'", '`', '\\', '${', '$(', '%', '\n', '\r', '\t', '\0', '\x85', '*/', '?>', "'@", '"@', '#{', '😀', '\u202e', '\u2028', '\u2029', '\ufeff', '\u0301', '\u201c']) {
    expect(all.includes(probe)).toBe(true);
  }
  expect(strings.some(hasLoneSurrogate)).toBe(true);
  expect(new Set(strings).size).toBeGreaterThan(COUNT * 0.9);
});

describe.each(TARGETS.map((t) => [t.language, t] as const))('%s string literals round-trip', (language, target) => {
  test(`${COUNT} strings: valid snippet, one literal node each, decoded value equal`, () => {
    const started = Date.now();
    let tried = 0;
    const failures: string[] = [];
    for (let from = 0; from < strings.length; from += BATCH) {
      const values = strings.slice(from, from + BATCH);
      const { code, placed } = target.build(values);
      const verdict = checkSync(language, code);
      const errors = verdict.findings.filter((f) => f.severity === 'error');
      if (errors.length > 0) {
        const f = errors[0]!;
        const p = placed.find((x) => x.line === f.line) ?? placed.find((x) => x.line > f.line);
        const context = code.split('\n').slice(Math.max(0, f.line - 3), f.line).join('\n');
        failures.push(`${f.ruleId} ${f.message} at ${f.line}:${f.column} (literal ${JSON.stringify(p?.code)} for ${JSON.stringify(p?.expected)}) after:\n${context}`);
        continue;
      }
      const wrapped = wrapSnippet(language, code);
      const tree = parserFor(language).parse(wrapped.text)!;
      try {
        for (const p of placed) {
          tried++;
          const start = wrapped.toWrapped(p.line, p.column);
          const end = start + p.code.length;
          let node: Node | null = tree.rootNode.descendantForIndex(start, end);
          // the outermost node spanning exactly the literal (a literal may wrap a same-sized child)
          while (node?.parent && node.parent.startIndex === start && node.parent.endIndex === end && target.literalTypes.has(node.parent.type)) node = node.parent;
          if (!node || node.startIndex !== start || node.endIndex !== end || !target.literalTypes.has(node.type)) {
            failures.push(`${p.code} is not one literal node (found ${node?.type} ${JSON.stringify(node?.text.slice(0, 40))})`);
            continue;
          }
          const value = language === 'powershell' ? powershellValue(node) : decodeStringLiteral(language, node);
          if (value !== p.expected) failures.push(`${p.code} decodes to ${JSON.stringify(value)}, not ${JSON.stringify(p.expected)}`);
        }
      } finally {
        tree.delete();
      }
      target.extra?.(code, values);
      if (failures.length > 5) break;
    }
    console.log(`${language}: ${tried} strings round-tripped through the printer, the ${language} grammar and decodeStringLiteral in ${Date.now() - started} ms (seed ${SEED})`);
    expect(failures).toEqual([]);
    expect(tried).toBe(COUNT);
  });
});

test('UTF-8 targets report a lone surrogate as lossy; UTF-16 targets do not', () => {
  expect(go('a\ud800b')).toEqual({ code: '"a\\uFFFDb"', lossy: true });
  expect(php('a\udc00').lossy).toBe(true);
  expect(cs('a\ud800b')).toEqual({ code: '"a\\uD800b"', lossy: false });
  expect(json('\udfff')).toEqual({ code: '"\\uDFFF"', lossy: false });
});
