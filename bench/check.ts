/**
 * Checks per second per language (`node dist/bench/check.js`, or the `check` section of
 * `npm run bench`): one Parser per language, grammars loaded once. Snippets are Microsoft's
 * published include files, read in place from `../shared/`.
 *
 * The rate is counted against the process's CPU time (user + system), not the wall clock: on a
 * shared 2-core machine other jobs steal the wall clock, never our CPU time. Each language is warmed
 * up first (the wasm grammars are tiered up by V8 while they run), then measured for `minMillis`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHECK_LANGUAGES, checkSync, initCheckers, type CheckLanguage } from '../generator/check/index.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CHECK_SNIPPETS = path.resolve(REPO, '..', 'shared', 'reference-snippets', 'graph-docs-contrib');

/** The required rate (checks per CPU second) for every language. */
export const CHECKS_PER_SECOND_FLOOR = 2000;

function snippetsOf(language: CheckLanguage): string[] {
  const dir = path.join(CHECK_SNIPPETS, language);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const lines = readFileSync(path.join(dir, f), 'utf8').split('\n');
      const open = lines.findIndex((l) => l.startsWith('```'));
      const close = lines.findIndex((l, i) => i > open && /^```\s*$/.test(l));
      return lines.slice(open + 1, close < 0 ? undefined : close).join('\n');
    });
}

function cpuMillis(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Rows: language, snippets, avg lines, checks, checks per CPU second, checks per wall second, verdict against the floor. */
export async function benchCheck(minMillis = 1000, warmMillis = 500): Promise<string[][]> {
  await initCheckers();
  const rows: string[][] = [['language', 'snippets', 'avg lines', 'checks', 'checks/s (cpu)', 'checks/s (wall)', `≥ ${CHECKS_PER_SECOND_FLOOR}`]];
  for (const language of CHECK_LANGUAGES) {
    const snippets = snippetsOf(language);
    const warmStart = cpuMillis();
    while (cpuMillis() - warmStart < warmMillis) for (const s of snippets) checkSync(language, s);
    let checks = 0;
    const cpuStart = cpuMillis();
    const wallStart = process.hrtime.bigint();
    let cpu = 0;
    while (cpu < minMillis) {
      for (const s of snippets) checkSync(language, s);
      checks += snippets.length;
      cpu = cpuMillis() - cpuStart;
    }
    const wall = Number(process.hrtime.bigint() - wallStart) / 1e6;
    const rate = Math.round(checks / (cpu / 1000));
    const lines = snippets.reduce((n, s) => n + s.split('\n').length, 0) / snippets.length;
    rows.push([
      language, String(snippets.length), lines.toFixed(0), String(checks), String(rate), String(Math.round(checks / (wall / 1000))),
      rate >= CHECKS_PER_SECOND_FLOOR ? 'yes' : 'NO',
    ]);
  }
  return rows;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!existsSync(CHECK_SNIPPETS)) {
    console.log(`!!! ${CHECK_SNIPPETS} is missing: check benchmark skipped !!!`);
  } else {
    const rows = await benchCheck();
    const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
    for (const r of rows) console.log(r.map((c, i) => c.padStart(widths[i]!)).join('  '));
  }
}
