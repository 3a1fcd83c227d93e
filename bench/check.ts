/**
 * Checks per second per language (`node dist/bench/check.js`): one Parser per language, grammars
 * loaded once. Snippets are Microsoft's published include files, read in place from `../shared/`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHECK_LANGUAGES, checkSync, initCheckers, type CheckLanguage } from '../generator/check/index.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SNIPPETS = path.resolve(REPO, '..', 'shared', 'reference-snippets', 'graph-docs-contrib');

function snippetsOf(language: CheckLanguage): string[] {
  const dir = path.join(SNIPPETS, language);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const lines = readFileSync(path.join(dir, f), 'utf8').split('\n');
      const open = lines.findIndex((l) => l.startsWith('```'));
      const close = lines.findIndex((l, i) => i > open && /^```\s*$/.test(l));
      return lines.slice(open + 1, close < 0 ? undefined : close).join('\n');
    });
}

export async function benchCheck(minMillis = 1000): Promise<string[][]> {
  await initCheckers();
  const rows: string[][] = [['language', 'snippets', 'avg lines', 'checks', 'checks/s']];
  for (const language of CHECK_LANGUAGES) {
    const snippets = snippetsOf(language);
    for (const s of snippets) checkSync(language, s); // warm-up
    let checks = 0;
    const start = process.hrtime.bigint();
    let elapsed = 0;
    while (elapsed < minMillis) {
      for (const s of snippets) checkSync(language, s);
      checks += snippets.length;
      elapsed = Number(process.hrtime.bigint() - start) / 1e6;
    }
    const lines = snippets.reduce((n, s) => n + s.split('\n').length, 0) / snippets.length;
    rows.push([language, String(snippets.length), lines.toFixed(0), String(checks), String(Math.round(checks / (elapsed / 1000)))]);
  }
  return rows;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!existsSync(SNIPPETS)) {
    console.log(`!!! ${SNIPPETS} is missing: check benchmark skipped !!!`);
  } else {
    const rows = await benchCheck();
    const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
    for (const r of rows) console.log(r.map((c, i) => c.padStart(widths[i]!)).join('  '));
  }
}
