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
 * Meaning (v1.0): the compiled Python, JavaScript and Java snippets also run against a capturing
 * server (`verify --run --pages <the corpus>`), and a second table gives per language the snippets
 * run, how many send the request their docs example shows (how many of those with a rewrite their
 * diagnostics announce), the rate against its target (`MEANING_TARGETS`: Python and JavaScript
 * 99 %, Java 98 %) and floor (`MEANING_FLOORS`), the others by their first finding, then each of them.
 *
 * `--sdk python,go` restricts the languages; `--api v1.0|v1.0-default|beta` the parts (`v1.0`: both v1.0 parts); `--keep DIR` writes the
 * snippets to DIR (`DIR/v1.0`, `DIR/beta`) and keeps them; `--run-go` runs the Go snippets too
 * (the benchmark: `node dist/bench/verify-corpus.js --sdk go --api v1.0 --run-go`).
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
export const V1_FLOORS: Readonly<Record<string, number>> = { ...TARGETS, powershell: 0.991, cli: 0.998 };
/** Beta (issue #15): every kiota target renders 95 % of the requests; 95 % of those compile, JavaScript all; PowerShell's oracle covers beta (the CLI's and C#'s do not). */
export const BETA_TARGETS: Readonly<Record<string, number>> = { python: 0.95, java: 0.95, javascript: 1, go: 0.95, powershell: 1 };
export const BETA_RENDER_TARGET = 0.95;
/**
 * What the exit code holds beta to: today's rates with the complete default model (README, Figures),
 * less a little. The compile targets are met; the render target is not (README: what is left).
 */
export const BETA_FLOORS: Readonly<Record<string, number>> = { python: 0.99, java: 0.99, javascript: 1, go: 0.99, powershell: 0.97 };
/**
 * Meaning (issue #16), v1.0 only: the share of the compiled snippets that, run against the
 * capturing server (`verify --run`, pages the corpus itself), send the request their docs example
 * shows. Python, JavaScript and Java run; Go is not run (README: its SDK build is too slow for CI).
 */
export const MEANING_TARGETS: Readonly<Record<string, number>> = { python: 0.99, javascript: 0.99, java: 0.98 };
/** What the exit code holds meaning to: the targets. */
export const MEANING_FLOORS: Readonly<Record<string, number>> = MEANING_TARGETS;
/**
 * With `--run-go` (the benchmark, not CI: building msgraph-sdk-go to run its snippets takes many
 * minutes the first time) Go runs too; the issue sets it no target, so its row is reported and
 * held to nothing.
 */
const RUN_GO = process.argv.includes('--run-go');
const meaningTargets = (): Readonly<Record<string, number>> => (RUN_GO ? { ...MEANING_TARGETS, go: 1 } : MEANING_TARGETS);
const meaningFloors = (): Readonly<Record<string, number>> => (RUN_GO ? { ...MEANING_FLOORS, go: 0 } : MEANING_FLOORS);

interface VerifiedSnippet {
  readonly path: string;
  readonly language: string;
  readonly api: 'v1.0' | 'beta';
  readonly status: 'compiled' | 'failed' | 'skipped';
  /** with `--run`: what it sent against its docs example */
  readonly meaning?: { readonly status: 'sent' | 'differs' | 'error' | 'unmatched'; readonly findings: readonly { readonly line: number; readonly ruleId: string; readonly message: string }[]; readonly error?: string; readonly accepted?: readonly string[] };
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
  const runReport = JSON.parse(readFileSync(report, 'utf8')) as { languages: Record<string, { rendered: number; notRendered: number }>; diagnostics: Record<string, { count: number }> };
  const rendered = runReport.languages;
  // every request on a deprecated API carries schema:deprecated: C# compiles its call with CS0618
  // (an error in verify), a known failure the generator announced — never more of them than warnings
  const announcedDeprecations = runReport.diagnostics['schema:deprecated']?.count ?? 0;
  // Python, Java and Go compile only the part's own version (a beta page may show a v1.0 request, a v1.0 page a beta one);
  // v1.0 with the CSDL: the compiled Python, JavaScript and Java snippets also run (`--run`), matched with the corpus's own requests
  const run = part.id === 'v1.0' && languages.some((l) => meaningTargets()[l] !== undefined) ? ['--run', ...(RUN_GO ? ['--run-go'] : []), '--pages', part.corpus, ...part.schema] : [];
  const verified = spawnSync(process.execPath, [CLI, 'verify', path.join(out, part.id), '--sdk', languages.join(','), '--api', part.api, '--format', 'json', ...run], { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'inherit'] });
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
    const deprecated = mine.filter((s) => s.status === 'failed' && s.errors.length > 0 && s.errors.every((e) => e.errorClass === 'deprecated (CS0618)'));
    const announced = deprecated.length <= announcedDeprecations ? deprecated : [];
    const failed = mine.filter((s) => s.status === 'failed' && !announced.includes(s));
    // an announced deprecation counts as passing: the snippet is the right call, and the reader was warned
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
    for (const s of announced) failures.push(`${path.relative(out, s.path)}:${s.errors[0]!.line}:${s.errors[0]!.column}: ${s.errors[0]!.message} [announced by schema:deprecated]`);
    const byClass = [...classes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([c, n]) => `${n} ${c}`).join('; ');
    const r = rendered[language];
    const renderRate = r ? pct(r.rendered / (r.rendered + r.notRendered)) : '';
    const verdict = rate >= target ? 'met' : rate >= floor ? `NOT MET (floor ${(floor * 100).toFixed(1)} % held)` : 'NOT MET';
    const passed = mine.length - failed.length - announced.length;
    rows.push([language, renderRate, String(mine.length), announced.length > 0 ? `${passed} + ${announced.length} announced` : String(passed), pct(rate), `${(target * 100).toFixed(0)} %`, verdict, byClass]);
  }
  const models = (JSON.parse(readFileSync(report, 'utf8')) as { schema?: readonly string[] }).schema;
  console.log(`${part.title}${models ? `\nschema: ${models.join(', ')}` : ''}\n`);
  console.log(table([['language', 'rendered', 'snippets', 'compiled', 'rate', 'target', '', 'failures by first error'], ...rows]));
  if (part.api === 'beta') console.log(`\nrender target ${(BETA_RENDER_TARGET * 100).toFixed(0)} % of the distinct include names (the 'rendered' column, from generate's report)`);
  if (failures.length > 0) console.log(`\nfailing snippets (first error):\n${failures.sort().map((f) => `  ${f}`).join('\n')}`);
  console.log('');
  if (run.length > 0 && meaningPart(snippets, languages, out)) belowFloor = true;
  return belowFloor ? 1 : 0;
}

/**
 * The meaning table of the v1.0 part: per running language, the compiled v1.0 snippets run, how many
 * send their documented request (and how many of those with a rewrite their diagnostics announce),
 * the rate against its target and floor, the others by the rule of their first finding; then each
 * of them. True when a rate is below its floor.
 */
function meaningPart(snippets: readonly VerifiedSnippet[], languages: readonly string[], out: string): boolean {
  const rows: string[][] = [];
  const listed: string[] = [];
  let below = false;
  for (const language of languages) {
    const target = meaningTargets()[language];
    if (target === undefined) continue;
    // the v1.0 requests only (JavaScript's one client also runs the beta requests a v1.0 page shows)
    const judged = snippets.filter((s) => s.language === language && s.api === 'v1.0' && s.meaning !== undefined && s.meaning.status !== 'unmatched');
    const unmatched = snippets.filter((s) => s.language === language && s.api === 'v1.0' && s.meaning?.status === 'unmatched').length;
    const sent = judged.filter((s) => s.meaning!.status === 'sent');
    const rate = judged.length === 0 ? 1 : sent.length / judged.length;
    const floor = meaningFloors()[language] ?? target;
    if (rate < floor) below = true;
    const classes = new Map<string, number>();
    for (const s of judged) {
      const m = s.meaning!;
      if (m.status === 'sent') continue;
      const rule = m.status === 'error' ? 'verify:meaning-run-error' : (m.findings[0]?.ruleId ?? 'unknown');
      classes.set(rule, (classes.get(rule) ?? 0) + 1);
      const first = m.findings[0];
      listed.push(`${path.relative(out, s.path)}:${first?.line ?? 0}: ${m.status === 'error' ? `raised: ${m.error ?? ''}` : (first?.message ?? '')} [${rule}]`);
    }
    const byClass = [...classes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([c, n]) => `${n} ${c}`).join('; ');
    const verdict = floor === 0 ? 'reported (the issue sets Go no target)' : rate >= target ? 'met' : rate >= floor ? `NOT MET (floor ${(floor * 100).toFixed(1)} % held)` : 'NOT MET';
    const rewritten = sent.filter((s) => (s.meaning!.accepted ?? []).length > 0).length;
    rows.push([language, String(judged.length), `${sent.length} (${rewritten})`, pct(rate), floor === 0 ? '–' : `${(target * 100).toFixed(0)} %`, verdict, String(unmatched), byClass]);
  }
  console.log('meaning, corpus v1.0: the compiled snippets run against a capturing server, each request compared with its docs example\n');
  console.log(table([['language', 'ran', 'sends documented (announced rewrite)', 'rate', 'target', '', 'unmatched', 'others by first finding'], ...rows]));
  console.log('\nunmatched: no docs example of that include name was found on the pages: not judged');
  if (listed.length > 0) console.log(`\nsnippets that do not send their documented request (first finding):\n${listed.sort().map((l) => `  ${l}`).join('\n')}`);
  console.log('');
  return below;
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
