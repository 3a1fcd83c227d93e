/**
 * `npm run verify:corpus`: the compile rates over the shared corpus. Generates the snippets of
 * every v1.0 request of `../shared/corpus/graph-docs-2020/` typed with the shared v1.0 CSDL (read
 * in place, into a temporary folder that is removed afterwards), compiles them against the pinned
 * SDKs with `snipgen verify`, and prints per language the snippets, how many compile, the rate
 * against its target (Python, Java, JavaScript and C# 98 %, Go 95 %) and the failures by the class of
 * their first error, then every failing snippet with that error. Exit 1 when a rate is below its
 * target, 2 when the shared data or a workspace is missing (under CI; outside CI a missing corpus
 * is reported loudly and skipped).
 *
 * `--sdk python,go` restricts the languages; `--keep DIR` writes the snippets to DIR and keeps them.
 * Both commands run as child processes of the built CLI, exactly as a user runs them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { table } from '../generator/summary.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = path.join(REPO, 'dist', 'generator', 'cli.js');
const CORPUS = path.resolve(REPO, '..', 'shared', 'corpus', 'graph-docs-2020', 'v1.0');
const CSDL = path.resolve(REPO, '..', 'shared', 'schemas', 'graph-v1.0.csdl');

/** The issue's targets: the share of a language's corpus snippets that must compile. */
export const TARGETS: Readonly<Record<string, number>> = { python: 0.98, java: 0.98, javascript: 0.98, go: 0.95, csharp: 0.98, php: 0.98 };

interface VerifiedSnippet {
  readonly path: string;
  readonly language: string;
  readonly status: 'compiled' | 'failed' | 'skipped';
  readonly errors: readonly { readonly line: number; readonly column: number; readonly message: string; readonly errorClass: string }[];
}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function main(): number {
  for (const need of [CORPUS, CSDL]) {
    if (existsSync(need)) continue;
    if (process.env.CI) {
      console.error(`verify:corpus: required shared data is missing under CI: ${need}`);
      return 2;
    }
    console.warn(`\n!!! SKIPPING verify:corpus: ${need} is missing (../shared/ not beside the checkout) !!!\n`);
    return 0;
  }
  const languages = (option('--sdk') ?? Object.keys(TARGETS).join(',')).split(',');
  const keep = option('--keep');
  const out = keep ?? mkdtempSync(path.join(os.tmpdir(), 'snipgen-corpus-'));
  try {
    const generated = spawnSync(process.execPath, [CLI, 'generate', CORPUS, '--schema', CSDL, '--out', out, '--no-cache', '--prune'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (generated.status !== 0 && generated.status !== 1) {
      console.error(`verify:corpus: generate failed (exit ${generated.status}):\n${generated.stderr.slice(-2000)}`);
      return 2;
    }
    const verified = spawnSync(process.execPath, [CLI, 'verify', out, '--sdk', languages.join(','), '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'inherit'] });
    if (verified.status === 2 || verified.stdout.trim() === '') {
      console.error(`verify:corpus: verify could not run (exit ${verified.status})`);
      return 2;
    }
    const snippets = (JSON.parse(verified.stdout) as { snippets: VerifiedSnippet[] }).snippets;
    const rows: string[][] = [];
    const failures: string[] = [];
    let belowTarget = false;
    for (const language of languages) {
      const mine = snippets.filter((s) => s.language === language && s.status !== 'skipped');
      const failed = mine.filter((s) => s.status === 'failed');
      const rate = mine.length === 0 ? 1 : (mine.length - failed.length) / mine.length;
      const target = TARGETS[language] ?? 1;
      if (rate < target) belowTarget = true;
      const classes = new Map<string, number>();
      for (const s of failed) {
        const first = s.errors[0];
        const errorClass = first?.errorClass ?? 'unknown';
        classes.set(errorClass, (classes.get(errorClass) ?? 0) + 1);
        failures.push(`${path.relative(out, s.path)}:${first?.line ?? 0}:${first?.column ?? 0}: ${first?.message ?? '(no message)'} [${errorClass}]`);
      }
      const byClass = [...classes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([c, n]) => `${n} ${c}`).join('; ');
      rows.push([language, String(mine.length), String(mine.length - failed.length), `${(rate * 100).toFixed(1)} %`, `${(target * 100).toFixed(0)} %`, rate >= target ? 'met' : 'NOT MET', byClass]);
    }
    console.log(`corpus v1.0 (${path.relative(REPO, CORPUS)}), typed with ${path.relative(REPO, CSDL)}\n`);
    console.log(table([['language', 'snippets', 'compiled', 'rate', 'target', '', 'failures by first error'], ...rows]));
    if (failures.length > 0) console.log(`\nfailing snippets (first error):\n${failures.sort().map((f) => `  ${f}`).join('\n')}`);
    return belowTarget ? 1 : 0;
  } finally {
    if (keep === undefined) rmSync(out, { recursive: true, force: true });
  }
}

process.exitCode = main();
