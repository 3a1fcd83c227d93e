/**
 * The JSON report of `snipgen generate --report <file>` and `snipgen merge <reports...>`, which
 * combines the reports of the shards of one run (`--shard i/n` on each machine of a CI matrix)
 * into the report of the whole run. The format is stable and has no times, dates or machine
 * names, so the same run gives the same report:
 *
 * ```json
 * { "format": "snipgen-generate-report/1",
 *   "shards": [1, 2], "shardCount": 2,          // which shards this report covers (null: unsharded)
 *   "pages": 10, "requests": 25,
 *   "languages": { "python": { "rendered": 24, "notRendered": 1 } },
 *   "diagnostics": { "schema:unknown-property": { "severity": "error", "count": 1 } },
 *   "files": { "created": 3, "updated": 0, "unchanged": 21, "removed": 0 },
 *   "written": ["output/python/get-user-python-snippets.md"] }   // sorted
 * ```
 * Returns data; the CLI reads and writes the files and prints.
 */
import type { LanguageCounts } from './generate.js';

export const REPORT_FORMAT = 'snipgen-generate-report/1';

export interface GenerateReportJson {
  readonly format: typeof REPORT_FORMAT;
  readonly shards: readonly number[] | null;
  readonly shardCount: number | null;
  readonly pages: number;
  readonly requests: number;
  readonly languages: Readonly<Record<string, LanguageCounts>>;
  readonly diagnostics: Readonly<Record<string, { readonly severity: string; readonly count: number }>>;
  readonly files: { readonly created: number; readonly updated: number; readonly unchanged: number; readonly removed: number };
  readonly written: readonly string[];
}

const sortedRecord = <T>(entries: Iterable<readonly [string, T]>): Record<string, T> =>
  Object.fromEntries([...entries].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));

export interface ReportInput {
  readonly shard: { readonly index: number; readonly count: number } | undefined;
  readonly pages: number;
  readonly requests: number;
  readonly perLanguage: ReadonlyMap<string, LanguageCounts>;
  readonly byRule: ReadonlyMap<string, { readonly severity: string; readonly count: number }>;
  readonly writes: { readonly created: number; readonly updated: number; readonly unchanged: number };
  readonly removed: number;
  readonly written: readonly string[];
}

export function reportJson(input: ReportInput): GenerateReportJson {
  return {
    format: REPORT_FORMAT,
    shards: input.shard ? [input.shard.index] : null,
    shardCount: input.shard ? input.shard.count : null,
    pages: input.pages,
    requests: input.requests,
    languages: sortedRecord([...input.perLanguage].map(([l, c]) => [l, { rendered: c.rendered, notRendered: c.notRendered }] as const)),
    diagnostics: sortedRecord([...input.byRule].map(([id, e]) => [id, { severity: e.severity, count: e.count }] as const)),
    files: { ...input.writes, removed: input.removed },
    written: [...input.written].sort(),
  };
}

export type ParsedReport = { readonly ok: true; readonly report: GenerateReportJson } | { readonly ok: false; readonly problem: string };

const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Reads a report's JSON text (from a file the user names: checked, never trusted). */
export function parseReport(text: string, name: string): ParsedReport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: `${name}: not JSON (${(error as Error).message})` };
  }
  const bad = (what: string): ParsedReport => ({ ok: false, problem: `${name}: not a snipgen generate report (${what})` });
  if (!isObject(data) || data.format !== REPORT_FORMAT) return bad(`"format" is not "${REPORT_FORMAT}"`);
  if (!(data.shards === null || (Array.isArray(data.shards) && data.shards.every((s) => isCount(s) && s >= 1)))) return bad('"shards"');
  if (!(data.shardCount === null || (isCount(data.shardCount) && data.shardCount >= 1))) return bad('"shardCount"');
  if ((data.shards === null) !== (data.shardCount === null)) return bad('"shards" and "shardCount" disagree');
  if (!isCount(data.pages) || !isCount(data.requests)) return bad('"pages" / "requests"');
  if (!isObject(data.languages) || !Object.values(data.languages).every((c) => isObject(c) && isCount(c.rendered) && isCount(c.notRendered))) return bad('"languages"');
  if (!isObject(data.diagnostics) || !Object.values(data.diagnostics).every((d) => isObject(d) && typeof d.severity === 'string' && isCount(d.count))) return bad('"diagnostics"');
  const files = data.files;
  if (!isObject(files) || !isCount(files.created) || !isCount(files.updated) || !isCount(files.unchanged) || !isCount(files.removed)) return bad('"files"');
  if (!Array.isArray(data.written) || !data.written.every((w) => typeof w === 'string')) return bad('"written"');
  return { ok: true, report: data as unknown as GenerateReportJson };
}

export interface MergeResult {
  readonly report: GenerateReportJson;
  /** Shards missing or given twice, reports of different shard counts, files written by two shards. */
  readonly problems: readonly string[];
}

/** Combines the reports of the shards of one run; problems say why the union is not the whole run. */
export function mergeReports(reports: readonly GenerateReportJson[]): MergeResult {
  const problems: string[] = [];
  const counts = new Set(reports.map((r) => r.shardCount));
  if (counts.size > 1) problems.push(`the reports are of different shard counts: ${[...counts].map((c) => (c === null ? 'unsharded' : String(c))).join(', ')}`);
  const shardCount = counts.size === 1 ? [...counts][0]! : null;
  const seen = new Map<number, number>();
  for (const r of reports) for (const s of r.shards ?? []) seen.set(s, (seen.get(s) ?? 0) + 1);
  for (const [s, n] of [...seen].sort((a, b) => a[0] - b[0])) if (n > 1) problems.push(`shard ${s} is in ${n} reports`);
  if (shardCount !== null && counts.size === 1) {
    const missing = Array.from({ length: shardCount }, (_, i) => i + 1).filter((s) => !seen.has(s));
    if (missing.length > 0) problems.push(`shard${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of ${shardCount} missing`);
  }
  const languages = new Map<string, LanguageCounts>();
  const diagnostics = new Map<string, { severity: string; count: number }>();
  const files = { created: 0, updated: 0, unchanged: 0, removed: 0 };
  const written = new Map<string, number>();
  let pages = 0;
  let requests = 0;
  for (const r of reports) {
    pages += r.pages;
    requests += r.requests;
    for (const [l, c] of Object.entries(r.languages)) {
      const into = languages.get(l) ?? { rendered: 0, notRendered: 0 };
      into.rendered += c.rendered;
      into.notRendered += c.notRendered;
      languages.set(l, into);
    }
    for (const [id, d] of Object.entries(r.diagnostics)) {
      const into = diagnostics.get(id) ?? { severity: d.severity, count: 0 };
      into.count += d.count;
      diagnostics.set(id, into);
    }
    files.created += r.files.created;
    files.updated += r.files.updated;
    files.unchanged += r.files.unchanged;
    files.removed += r.files.removed;
    for (const w of r.written) written.set(w, (written.get(w) ?? 0) + 1);
  }
  for (const [w, n] of [...written].sort()) if (n > 1) problems.push(`${w} is written by ${n} shards (two requests share its name; a single run reports render:duplicate-name)`);
  const shards = [...seen.keys()].sort((a, b) => a - b);
  return {
    report: {
      format: REPORT_FORMAT,
      shards: shardCount === null ? null : shards,
      shardCount,
      pages,
      requests,
      languages: sortedRecord(languages),
      diagnostics: sortedRecord(diagnostics),
      files,
      written: [...written.keys()].sort(),
    },
    problems,
  };
}
