/**
 * Random pages built from the corpus's traps (seeded, so any failure replays): the windowed parse
 * must equal the whole-page parse, every place must agree with vfile-location, and extraction must
 * never throw.
 */
import { planWindows } from '../../generator/extract/windows.js';
import { indexPage } from '../../generator/extract/text.js';
import { extract, placeProblems } from './support.js';

/** mulberry32: a small seeded PRNG. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ANNOTATIONS = [
  '<!-- { "blockType": "request", "name": "n" } -->',
  '<!-- {\n  "blockType": "request",\n  "name": "m"\n}-->',
  '<!-- { "blockType": "ignored" } -->',
  '<!-- { "blockType": "response", "truncated": true } -->',
  "<!-- { 'blockType': 'request', name: 'q', } -->",
  '<!-- blockType: request -->',
  '<!-- { "blockType": "request", "name": "open"',
  '<!-- {"blockType":"request"}-->',
  '<!-- { "type": "#page.annotation" } -->',
];
const FENCES = ['```http', '```msgraph-interactive', '``` http', '```HTTP', '```json', '```', '~~~http', '````http'];
const BODIES = ['GET /me', 'POST /me/events\nContent-type: application/json\n\n{ "a": 1 }', '\tGET /tabbed', '  GET /indented', ''];
const PROSE = ['Text <!-- { "blockType": "request", "name": "inline" } --> more', '<!-- x --> <!-- { "blockType": "request" } -->', 'Title\n=====', '[ref]: https://example.com', '```', 'Some prose.', '##### Request', '# [HTTP](#tab/http)', '<div>', '<b>inline</b> html', '<!-- uuid: 1 -->', '<!-- open comment', '-->', '> quoted', '---', '    indented code', '* * *', '<pre>', '</pre>', 'text with ```inline``` code'];
const PREFIXES = ['', '', '', '- ', '  ', '1. ', '   ', '\t', '> ', '> > ', '    ', ' '];

function page(next: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const blocks: string[] = [];
  const n = 1 + Math.floor(next() * 8);
  for (let i = 0; i < n; i++) {
    const prefix = pick(PREFIXES);
    const indent = next() < 0.5 ? prefix : prefix.replace(/[^\t >]/g, ' ');
    const lines: string[] = [];
    const kind = next();
    if (kind < 0.5) {
      lines.push(...pick(ANNOTATIONS).split('\n'));
      if (next() < 0.2) lines.push(pick(PROSE));
      const fence = pick(FENCES);
      lines.push(fence, ...pick(BODIES).split('\n'));
      if (next() < 0.85) lines.push(fence.replace(/[^`~]/g, ''));
    } else if (kind < 0.8) {
      lines.push(pick(PROSE));
    } else {
      lines.push(pick(FENCES), ...pick(BODIES).split('\n'), '```');
    }
    blocks.push(lines.map((line, k) => (k === 0 ? prefix : indent) + line).join('\n'));
    if (next() < 0.6) blocks.push('');
  }
  let text = blocks.join('\n') + (next() < 0.8 ? '\n' : '');
  const endings = next();
  if (endings < 0.15) text = text.replace(/\n/g, '\r\n');
  else if (endings < 0.2) text = text.replace(/\n/g, '\r');
  if (next() < 0.1) text = `\ufeff${text}`;
  return text;
}

describe('extract on random pages made of the corpus traps', () => {
  test('windowed equals whole-page, places agree, nothing throws (2,000 pages)', () => {
    const next = random(Number(process.env.FUZZ_SEED ?? 20200518));
    const failures: string[] = [];
    let requests = 0;
    let windowed = 0;
    for (let i = 0; i < Number(process.env.FUZZ_PAGES ?? 2000); i++) {
      const text = page(next);
      const parts = extract('fuzz.md', text);
      const whole = extract('fuzz.md', text, true);
      requests += whole.raw.length;
      if (planWindows(indexPage(text)) !== null) windowed++;
      if (JSON.stringify(parts) !== JSON.stringify(whole)) failures.push(`#${i} windowed differs: ${JSON.stringify(text)}`);
      for (const problem of placeProblems(text, whole.raw)) failures.push(`#${i} ${problem}: ${JSON.stringify(text)}`);
    }
    expect(failures.slice(0, 5)).toEqual([]);
    // the pages are not vacuous: they hold requests, and most of them take the windowed path
    expect(requests).toBeGreaterThan(Number(process.env.FUZZ_PAGES ?? 2000) * 0.5);
    expect(windowed).toBeGreaterThan(Number(process.env.FUZZ_PAGES ?? 2000) * 0.1);
  });
});
