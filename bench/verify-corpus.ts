/**
 * `npm run verify:corpus`: the compile rates over the shared corpus. Generates the snippets of
 * every v1.0 request of `../shared/corpus/graph-docs-2020/` typed with the shared v1.0 CSDL (read
 * in place, into a temporary folder that is removed afterwards), compiles them against the pinned
 * SDKs with `snipgen verify`, and prints per language the snippets, how many compile, the rate
 * against its target (Python, Java, JavaScript and C# 98 %, Go 95 %) and the failures by the class of
 * their first error, then every failing snippet with that error. Then the same v1.0 pages typed
 * with the default model (issue #15: the complete model read from the pinned Go SDKs, or the
 * npm-only one when those cannot be fetched; the `schema:` line names it), held to the CSDL's rates
 * (Python, Java, Go 97 %, JavaScript 100 %). Then the beta pages, typed with the default model and
 * compiled against the beta SDKs: the share of requests each kiota target renders and the compile
 * rates, against the issue's targets (render 95 %, compile 95 %, JavaScript 100 %) and, what the
 * exit code holds them to, floors at today's rates (`BETA_FLOORS`). Exit 1 when a rate is
 * below its target (v1.0) or floor (beta), 2 when the shared data or a workspace is missing (under
 * CI; outside CI a missing corpus is reported loudly and skipped).
 * PowerShell and the CLI are judged by their oracles (../shared/oracles) in the same tables.
 *
 * `--sdk python,go` restricts the languages; `--api v1.0|v1.0-default|beta` the parts (`v1.0`: both v1.0 parts); `--keep DIR` writes the
 * snippets to DIR (`DIR/v1.0`, `DIR/beta`) and keeps them.
 * Both commands run as child processes of the built CLI, exactly as a user runs them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { table } from '../generator/summary.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = path.join(REPO, 'dist', 'generator', 'cli.js');
const CORPUS_ROOT = path.resolve(REPO, '..', 'shared', 'corpus', 'graph-docs-2020');
const CORPUS = path.join(CORPUS_ROOT, 'v1.0');
const BETA_CORPUS = path.join(CORPUS_ROOT, 'beta');
const CSDL = path.resolve(REPO, '..', 'shared', 'schemas', 'graph-v1.0.csdl');
const ORACLES = path.resolve(REPO, '..', 'shared', 'oracles');

/** The issue's targets: the share of a language's corpus snippets that must compile. */
export const TARGETS: Readonly<Record<string, number>> = { python: 0.98, java: 0.98, javascript: 0.98, go: 0.95, csharp: 0.98, php: 0.98, powershell: 1, cli: 1 };
/**
 * What the exit code holds v1.0 to: the targets, except PowerShell and the CLI, held to the rates
 * reached so far (issue #18 asks for 100 %, not met yet: the README lists what is left), so CI
 * fails on any regression.
 */
export const V1_FLOORS: Readonly<Record<string, number>> = { ...TARGETS, powershell: 0.97, cli: 0.96 };
/** Beta (issue #15): every kiota target renders 95 % of the requests; 95 % of those compile, JavaScript all; PowerShell's oracle covers beta (the CLI's and C#'s do not). */
export const BETA_TARGETS: Readonly<Record<string, number>> = { python: 0.95, java: 0.95, javascript: 1, go: 0.95, powershell: 1 };
export const BETA_RENDER_TARGET = 0.95;
/**
 * What the exit code holds beta to: today's rates with the complete default model (README, Figures),
 * less a little. The compile targets are met; the render target is not (README: what is left).
 */
export const BETA_FLOORS: Readonly<Record<string, number>> = { python: 0.99, java: 0.99, javascript: 1, go: 0.99, powershell: 0.93 };

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

/** v1.0 typed with the default model (issue #15): as well as with the CSDL — Python, Java and Go 97 %, JavaScript all. */
export const V1_DEFAULT_TARGETS: Readonly<Record<string, number>> = { python: 0.97, java: 0.97, go: 0.97, javascript: 1 };
export const V1_DEFAULT_FLOORS: Readonly<Record<string, number>> = V1_DEFAULT_TARGETS;

interface Part {
  /** the part's folder in the output and its `--api` name */
  readonly id: string;
  readonly api: 'v1.0' | 'beta';
  readonly corpus: string;
  /** generate's arguments for the schema (none: the embedded default) */
  readonly schema: readonly string[];
  readonly targets: Readonly<Record<string, number>>;
  /** the rate the exit code holds a language to */
  readonly floors: Readonly<Record<string, number>>;
  readonly title: string;
}

const PARTS: readonly Part[] = [
  { id: 'v1.0', api: 'v1.0', corpus: CORPUS, schema: ['--schema', CSDL], targets: TARGETS, floors: V1_FLOORS, title: `corpus v1.0 (${path.relative(REPO, CORPUS)}), typed with ${path.relative(REPO, CSDL)}` },
  { id: 'v1.0-default', api: 'v1.0', corpus: CORPUS, schema: [], targets: V1_DEFAULT_TARGETS, floors: V1_DEFAULT_FLOORS, title: `corpus v1.0 (${path.relative(REPO, CORPUS)}), typed with the default model (schema: line below)` },
  { id: 'beta', api: 'beta', corpus: BETA_CORPUS, schema: [], targets: BETA_TARGETS, floors: BETA_FLOORS, title: `corpus beta (${path.relative(REPO, BETA_CORPUS)}), typed with the default model (schema: line below); compiled against the beta SDKs` },
];

const pct = (rate: number): string => `${(rate * 100).toFixed(1)} %`;

/** One part: generate, verify, print; 0, 1 (below a floor) or 2 (could not run). */
function runPart(part: Part, asked: readonly string[], out: string): number {
  // a part judges the languages it has a target for (C#: v1.0 only, the C# oracle holds no beta SDK)
  const languages = asked.filter((l) => part.targets[l] !== undefined);
  if (languages.length === 0) return 0;
  const report = path.join(out, 'report.json');
  const generated = spawnSync(process.execPath, [CLI, 'generate', part.corpus, ...part.schema, '--out', path.join(out, part.id), '--no-cache', '--prune', '--no-progress', '--report', report], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (generated.status !== 0 && generated.status !== 1) {
    console.error(`verify:corpus: generate failed (exit ${generated.status}):\n${generated.stderr.slice(-2000)}`);
    return 2;
  }
  const rendered = (JSON.parse(readFileSync(report, 'utf8')) as { languages: Record<string, { rendered: number; notRendered: number }> }).languages;
  // Python, Java and Go compile only the part's own version (a beta page may show a v1.0 request, a v1.0 page a beta one)
  const verified = spawnSync(process.execPath, [CLI, 'verify', path.join(out, part.id), '--sdk', languages.join(','), '--api', part.api, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'inherit'] });
  if (verified.status === 2 || verified.stdout.trim() === '') {
    console.error(`verify:corpus: verify could not run (exit ${verified.status})`);
    return 2;
  }
  const snippets = (JSON.parse(verified.stdout) as { snippets: VerifiedSnippet[] }).snippets;
  const rows: string[][] = [];
  const failures: string[] = [];
  let belowFloor = false;
  for (const language of languages) {
    const mine = snippets.filter((s) => s.language === language && s.status !== 'skipped');
    const failed = mine.filter((s) => s.status === 'failed');
    const rate = mine.length === 0 ? 1 : (mine.length - failed.length) / mine.length;
    const target = part.targets[language] ?? 1;
    const floor = part.floors[language] ?? target;
    if (rate < floor) belowFloor = true;
    const classes = new Map<string, number>();
    for (const s of failed) {
      const first = s.errors[0];
      const errorClass = first?.errorClass ?? 'unknown';
      classes.set(errorClass, (classes.get(errorClass) ?? 0) + 1);
      failures.push(`${path.relative(out, s.path)}:${first?.line ?? 0}:${first?.column ?? 0}: ${first?.message ?? '(no message)'} [${errorClass}]`);
    }
    const byClass = [...classes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([c, n]) => `${n} ${c}`).join('; ');
    const r = rendered[language];
    const renderRate = r ? pct(r.rendered / (r.rendered + r.notRendered)) : '';
    const verdict = rate >= target ? 'met' : rate >= floor ? `NOT MET (floor ${(floor * 100).toFixed(0)} % held)` : 'NOT MET';
    rows.push([language, renderRate, String(mine.length), String(mine.length - failed.length), pct(rate), `${(target * 100).toFixed(0)} %`, verdict, byClass]);
  }
  const models = (JSON.parse(readFileSync(report, 'utf8')) as { schema?: readonly string[] }).schema;
  console.log(`${part.title}${models ? `\nschema: ${models.join(', ')}` : ''}\n`);
  console.log(table([['language', 'rendered', 'snippets', 'compiled', 'rate', 'target', '', 'failures by first error'], ...rows]));
  if (part.api === 'beta') console.log(`\nrender target ${(BETA_RENDER_TARGET * 100).toFixed(0)} % of the distinct include names (the 'rendered' column, from generate's report)`);
  if (failures.length > 0) console.log(`\nfailing snippets (first error):\n${failures.sort().map((f) => `  ${f}`).join('\n')}`);
  console.log('');
  return belowFloor ? 1 : 0;
}

function main(): number {
  const asked = (option('--sdk') ?? Object.keys(TARGETS).join(',')).split(',');
  for (const need of [CORPUS, BETA_CORPUS, CSDL, ...(asked.some((l) => ['powershell', 'cli', 'csharp', 'php'].includes(l)) ? [ORACLES] : [])]) {
    if (existsSync(need)) continue;
    if (process.env.CI) {
      console.error(`verify:corpus: required shared data is missing under CI: ${need}`);
      return 2;
    }
    console.warn(`\n!!! SKIPPING verify:corpus: ${need} is missing (../shared/ not beside the checkout) !!!\n`);
    return 0;
  }
  const languages = asked;
  const apis = (option('--api') ?? 'v1.0,beta').split(',');
  const keep = option('--keep');
  const out = keep ?? mkdtempSync(path.join(os.tmpdir(), 'snipgen-corpus-'));
  try {
    let code = 0;
    for (const part of PARTS.filter((p) => apis.includes(p.api) || apis.includes(p.id))) code = Math.max(code, runPart(part, languages, out));
    return code;
  } finally {
    if (keep === undefined) rmSync(out, { recursive: true, force: true });
  }
}

process.exitCode = main();
