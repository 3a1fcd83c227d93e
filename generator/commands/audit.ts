/**
 * `snipgen audit <docs-root>`: for every annotated request of every page under the root, the
 * snippets the docs publish for it (include files referenced under `# [Lang](#tab/<lang>)` tabs
 * after the request, or code written inline under such tabs) are judged against the checker and
 * against what snipgen generates now. Reports, per snippet and per request:
 *
 * - invalid — the checker rejects the published snippet (its findings, placed in the snippet's file);
 * - drifted — it differs from today's generated snippet after normalising whitespace (unified diff);
 * - missing — a target language has no snippet, or the referenced include file does not exist;
 * - orphaned — an include file under the root that no page references;
 * - misattributed — one include file referenced by two different requests;
 * - request vs schema — the resolver's schema:* warnings and errors for the example.
 *
 * Library-style: returns data and formats it; only the CLI prints and exits.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { checkSync, initCheckers, type Finding } from '../check/index.js';
import { catalogue, isRuleId, ruleAnchor, type RuleId } from '../diagnostics/catalogue.js';
import type { Severity } from '../diagnostics/types.js';
import { LANGUAGE_IDS, languageOfFenceTag, type LanguageId } from '../languages/index.js';
import { groupOfRequest, readTabs, snippetInclude, type PageTabs, type RequestSpan } from '../docs/tabs.js';
import { renderPageSync, type SchemaFor } from '../index.js';
import type { RawRequest } from '../extract/types.js';
import { codeOfIncludeFile } from '../render/include.js';

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})\s*([^`\s]*)/;

/** A snippet the page publishes for a request: an include reference or inline code under a tab. */
export interface PublishedRef {
  readonly language: LanguageId;
  /** the page line of the include directive or of the fence's first code line */
  readonly line: number;
  readonly kind: 'include' | 'inline';
  /** include: the path as written; inline: null */
  readonly target: string | null;
  /** inline: the code */
  readonly code: string | null;
}

/** A tab of a request's group as the audit read it: its id, its title as written, every include it references. */
export interface ReadTab {
  readonly id: string;
  readonly title: string;
  readonly includes: readonly string[];
}

/** The line (0-based) after a request's closing fence. */
export function lineAfterRequest(raw: RawRequest): number {
  const last = raw.lines.length > 0 ? raw.lines[raw.lines.length - 1]!.place.line : raw.fence.place.line;
  return raw.fence.closed ? last + 1 : last;
}

/**
 * The snippets a page publishes for a request, read from its tab group (`docs/tabs.ts`: the group
 * holding its annotation under an HTTP tab, or the group right after its fence): per target tab,
 * its snippet include, else its inline code in the target's fence tag. Also the group's tabs as read.
 */
export function publishedFor(lines: readonly string[], page: PageTabs, span: RequestSpan): { refs: PublishedRef[]; tabs: ReadTab[] | null } {
  const found = groupOfRequest(page, lines, span);
  if (found === null || (found.inside !== null && found.inside.id !== 'http')) return { refs: [], tabs: null };
  const refs: PublishedRef[] = [];
  for (const tab of found.group.tabs) {
    if (tab.language === null) continue;
    const include = snippetInclude(tab);
    if (include !== null) {
      refs.push({ language: tab.language, line: include.line + 1, kind: 'include', target: include.target, code: null });
      continue;
    }
    const fence = tab.fences.find((f) => f.tag === '' || languageOfFenceTag(f.tag) === tab.language);
    if (fence !== undefined) refs.push({ language: tab.language, line: fence.line + 1, kind: 'inline', target: null, code: fence.code });
  }
  return { refs, tabs: found.group.tabs.map((t) => ({ id: t.id, title: t.title, includes: t.includes.map((r) => r.target) })) };
}

// ---------------------------------------------------------------------------------------------
// unified diff (line-based, LCS), used by audit and by inject --dry-run

/** A unified diff of two texts (`---`/`+++` headers, hunks with `context` lines); '' when equal. */
export function unifiedDiff(oldText: string, newText: string, oldName: string, newName: string, context = 3): string {
  if (oldText === newText) return '';
  const a = oldText.split('\n');
  const b = newText.split('\n');
  // trim common prefix/suffix to keep the LCS table small
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const am = a.slice(pre, a.length - suf);
  const bm = b.slice(pre, b.length - suf);
  const n = am.length;
  const m = bm.length;
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i]![j] = am[i] === bm[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  type Op = { t: ' ' | '-' | '+'; s: string; ai: number; bi: number };
  const ops: Op[] = [];
  for (let k = 0; k < pre; k++) ops.push({ t: ' ', s: a[k]!, ai: k, bi: k });
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && am[i] === bm[j]) {
      ops.push({ t: ' ', s: am[i]!, ai: pre + i, bi: pre + j });
      i++;
      j++;
    } else if (j < m && (i === n || lcs[i]![j + 1]! > lcs[i + 1]![j]!)) {
      ops.push({ t: '+', s: bm[j]!, ai: pre + i, bi: pre + j });
      j++;
    } else {
      ops.push({ t: '-', s: am[i]!, ai: pre + i, bi: pre + j });
      i++;
    }
  }
  for (let k = 0; k < suf; k++) ops.push({ t: ' ', s: a[a.length - suf + k]!, ai: a.length - suf + k, bi: b.length - suf + k });
  const out = [`--- ${oldName}`, `+++ ${newName}`];
  let k = 0;
  while (k < ops.length) {
    if (ops[k]!.t === ' ') {
      k++;
      continue;
    }
    const start = Math.max(0, k - context);
    let end = k;
    for (;;) {
      while (end < ops.length && ops[end]!.t !== ' ') end++;
      let next = end;
      while (next < ops.length && ops[next]!.t === ' ') next++;
      if (next < ops.length && next - end <= 2 * context) end = next;
      else break;
    }
    const stop = Math.min(ops.length, end + context);
    const hunk = ops.slice(start, stop);
    const aLen = hunk.filter((o) => o.t !== '+').length;
    const bLen = hunk.filter((o) => o.t !== '-').length;
    const aStart = hunk[0]!.ai + (aLen === 0 ? 0 : 1);
    const bStart = hunk[0]!.bi + (bLen === 0 ? 0 : 1);
    out.push(`@@ -${aStart},${aLen} +${bStart},${bLen} @@`);
    for (const o of hunk) out.push(o.t + o.s);
    k = stop;
  }
  return out.join('\n') + '\n';
}

/** Whitespace-insensitive form of a snippet: each line trimmed, inner runs of blanks made one space, blank lines dropped. */
export function normaliseWhitespace(code: string): string {
  return code
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim().replace(/[ \t]+/g, ' '))
    .filter((l) => l !== '')
    .join('\n');
}

// ---------------------------------------------------------------------------------------------
// the audit

export type SnippetVerdict = 'valid' | 'invalid' | 'drifted';

export interface AuditFinding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export interface AuditedSnippet {
  readonly language: LanguageId;
  /** where the snippet is: the include file, or `<page>` for inline code */
  readonly file: string;
  readonly kind: 'include' | 'inline';
  /** valid = passes the checker and matches today's generation; drifted = passes, differs; invalid = rejected */
  readonly verdict: SnippetVerdict;
  /** differs from what snipgen generates now (whitespace normalised); null when snipgen renders nothing */
  readonly drifted: boolean | null;
  readonly findings: readonly Finding[];
  /** unified diff published → generated (normalised), '' when not drifted */
  readonly diff: string;
}

export interface AuditedRequest {
  readonly page: string;
  readonly name: string;
  readonly line: number;
  readonly snippets: readonly AuditedSnippet[];
  readonly missing: readonly LanguageId[];
  /** the tabs of the request's group as read (ids, titles as written, include paths), null when it has none */
  readonly tabs: readonly ReadTab[] | null;
  /** schema:* warnings and errors of the example */
  readonly schema: readonly AuditFinding[];
}

export interface LanguageAuditRow {
  readonly language: LanguageId;
  published: number;
  valid: number;
  drifted: number;
  missing: number;
}

export interface AuditReport {
  readonly root: string;
  readonly requests: readonly AuditedRequest[];
  readonly orphaned: readonly string[];
  /** every finding, in report order */
  readonly findings: readonly AuditFinding[];
  readonly languages: readonly LanguageAuditRow[];
}

export interface AuditOptions {
  readonly schemaFor: SchemaFor;
  /** target languages (default: all eight) */
  readonly languages?: readonly LanguageId[];
}

const SKIPPED = new Set(['node_modules', '.git']);

async function walk(dir: string, into: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIPPED.has(e.name)) await walk(full, into);
    } else if (e.isFile() && e.name.toLowerCase().endsWith('.md')) into.push(full);
  }
}

function isIncludePath(file: string): boolean {
  return file.split(/[\\/]/).includes('includes');
}

function finding(ruleId: RuleId, file: string, line: number, column: number, message: string): AuditFinding {
  return { ruleId, severity: catalogue[ruleId].severity, file, line, column, message };
}

/** Audits the docs under `root` (a folder, or one page). */
export async function runAudit(root: string, options: AuditOptions): Promise<AuditReport> {
  await initCheckers();
  const targets = options.languages ?? LANGUAGE_IDS;
  const files: string[] = [];
  // a page given alone is audited alone
  if ((await stat(root)).isFile()) files.push(root);
  else await walk(root, files);
  const pages = files.filter((f) => !isIncludePath(path.relative(root, f)));
  const includeFiles = files.filter((f) => isIncludePath(path.relative(root, f)) && /-snippets\.md$/i.test(f));
  const referencedBy = new Map<string, string>();
  /** every include file some page references (in a tab group or not) */
  const referenced = new Set<string>();
  const findings: AuditFinding[] = [];
  const requests: AuditedRequest[] = [];
  const rows = new Map<LanguageId, LanguageAuditRow>(targets.map((l) => [l, { language: l, published: 0, valid: 0, drifted: 0, missing: 0 }]));
  const includeCache = new Map<string, string | null>();

  for (const page of pages) {
    const text = await readFile(page, 'utf8');
    const result = renderPageSync(text, page, options.schemaFor, { languages: targets });
    const lines = text.replace(/\r\n?/g, '\n').split('\n');
    const tabs = readTabs(lines);
    for (const ref of tabs.includes) if (!/^[a-z]+:/i.test(ref.target)) referenced.add(path.resolve(path.dirname(page), ref.target));
    const schemaMessages = result.diagnostics.filter((d) => d.ruleId.startsWith('schema:') && d.severity !== 'info');
    for (let r = 0; r < result.requests.length; r++) {
      const { raw, typed, snippets: generatedSnippets } = result.requests[r]!;
      const nextLine = result.requests[r + 1]?.raw.annotation.place.line ?? Infinity;
      const schema: AuditFinding[] = schemaMessages
        .filter((d) => d.line >= raw.annotation.place.line && d.line < nextLine)
        .map((d) => ({ ruleId: d.ruleId, severity: d.severity, file: page, line: d.line, column: d.column, message: d.message }));
      findings.push(...schema);
      const { refs, tabs: read } = publishedFor(lines, tabs, { annotation: raw.annotation.place.line - 1, after: lineAfterRequest(raw) });
      const snippets: AuditedSnippet[] = [];
      const seen = new Set<LanguageId>();
      for (const ref of refs) {
        if (!rows.has(ref.language)) continue;
        let code: string;
        let file: string;
        let offset: number;
        if (ref.kind === 'include') {
          file = path.resolve(path.dirname(page), ref.target!);
          const shown = path.normalize(path.join(path.dirname(page), ref.target!));
          const owner = referencedBy.get(file);
          const here = `${raw.name} (${page}:${raw.annotation.place.line})`;
          if (owner === undefined) referencedBy.set(file, here);
          else if (!owner.startsWith(`${raw.name} (`)) findings.push(finding('audit:misattributed-include', page, ref.line, 1, `${ref.target} is the snippet of ${owner} and is also referenced by request '${raw.name}'`));
          if (!includeCache.has(file)) includeCache.set(file, await readFile(file, 'utf8').catch(() => null));
          const content = includeCache.get(file)!;
          const block = content === null ? null : codeOfIncludeFile(content);
          if (block === null) {
            findings.push(finding('audit:missing-snippet', page, ref.line, 1, `${ref.language}: request '${raw.name}' references ${ref.target}, which ${content === null ? 'does not exist' : 'holds no fenced code block'}`));
            continue;
          }
          code = block.code;
          file = shown;
          const fenceLine = content!.replace(/\r\n?/g, '\n').split('\n').findIndex((l) => FENCE_OPEN.test(l));
          offset = fenceLine + 1;
        } else {
          code = ref.code!;
          file = page;
          offset = ref.line - 1;
        }
        seen.add(ref.language);
        const verdict = checkSync(ref.language, code);
        const placed = verdict.findings.map((f) => ({ ...f, line: f.line + offset }));
        for (const f of placed) if (f.severity !== 'info') findings.push({ ruleId: f.ruleId, severity: f.severity, file, line: f.line, column: f.column, message: `${ref.language} snippet of '${raw.name}': ${f.message}` });
        let drifted: boolean | null = null;
        let diff = '';
        if (typed !== null) {
          const generated = generatedSnippets.find((s) => s.language === ref.language)?.code ?? null;
          if (generated !== null) {
            const before = normaliseWhitespace(code);
            const after = normaliseWhitespace(generated);
            drifted = before !== after;
            if (drifted) diff = unifiedDiff(before + '\n', after + '\n', `${file} (published)`, `${file} (generated)`);
          }
        }
        if (drifted === true) findings.push(finding('audit:drifted-snippet', file, offset + 1, 1, `${ref.language} snippet of '${raw.name}' differs from what snipgen generates now\n${diff}`));
        const v: SnippetVerdict = !verdict.valid ? 'invalid' : drifted === true ? 'drifted' : 'valid';
        const row = rows.get(ref.language)!;
        row.published += 1;
        if (verdict.valid) row.valid += 1;
        if (drifted === true) row.drifted += 1;
        snippets.push({ language: ref.language, file, kind: ref.kind, verdict: v, drifted, findings: placed, diff });
      }
      const missing = targets.filter((l) => !seen.has(l));
      for (const l of missing) rows.get(l)!.missing += 1;
      if (missing.length > 0) findings.push(finding('audit:missing-snippet', page, raw.annotation.place.line, raw.annotation.place.column, `request '${raw.name}' has no published snippet in ${missing.join(', ')}`));
      requests.push({ page, name: raw.name, line: raw.annotation.place.line, snippets, missing, tabs: read, schema });
    }
  }
  const orphaned = includeFiles.filter((f) => !referenced.has(path.resolve(f)));
  for (const o of orphaned) findings.push(finding('audit:orphaned-include', o, 1, 1, `no page under ${root} references this include file`));
  return { root, requests, orphaned, findings, languages: [...rows.values()] };
}

// ---------------------------------------------------------------------------------------------
// formats

export type AuditFormat = 'text' | 'json' | 'github' | 'sarif';
export type FailOn = 'error' | 'warning' | 'never';

/** The exit code a report earns under `--fail-on`. */
export function auditExitCode(report: AuditReport, failOn: FailOn): number {
  if (failOn === 'never') return 0;
  const bad = report.findings.some((f) => f.severity === 'error' || (failOn === 'warning' && f.severity === 'warning'));
  return bad ? 1 : 0;
}

export function formatAuditText(report: AuditReport): string {
  const out: string[] = [];
  for (const r of report.requests) {
    out.push(`${r.page}:${r.line}: ${r.name}`);
    for (const s of r.snippets) {
      out.push(`  ${s.language.padEnd(10)} ${s.verdict.padEnd(8)} ${s.file}`);
      for (const f of s.findings) if (f.severity !== 'info') out.push(`    ${s.file}:${f.line}:${f.column}: ${f.severity} ${f.message} [${f.ruleId}]`);
      if (s.diff !== '') out.push(...s.diff.trimEnd().split('\n').map((l) => `    ${l}`));
    }
    if (r.missing.length > 0) out.push(`  missing    ${r.missing.join(', ')}`);
    for (const f of r.schema) out.push(`  ${f.file}:${f.line}:${f.column}: ${f.severity} ${f.message} [${f.ruleId}]`);
  }
  for (const f of report.findings) if (f.ruleId === 'audit:orphaned-include' || f.ruleId === 'audit:misattributed-include') out.push(`${f.file}:${f.line}:${f.column}: ${f.severity} ${f.message} [${f.ruleId}]`);
  const header = ['language', 'published', 'valid', 'drifted', 'missing'];
  const rows = report.languages.map((l) => [l.language, String(l.published), String(l.valid), String(l.drifted), String(l.missing)]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  out.push('', line(header), ...rows.map(line));
  const counts = new Map<string, number>();
  for (const f of report.findings) if (f.ruleId.startsWith('schema:')) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  if (counts.size > 0) {
    out.push('', 'request vs schema:');
    for (const [rule, n] of [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) out.push(`  ${rule}  ${n}`);
  }
  return out.join('\n') + '\n';
}

export function formatAuditJson(report: AuditReport): string {
  return JSON.stringify({ root: report.root, requests: report.requests, orphaned: report.orphaned, languages: report.languages, findings: report.findings }, null, 2) + '\n';
}

function escapeGithub(text: string, property = false): string {
  const out = text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  return property ? out.replace(/:/g, '%3A').replace(/,/g, '%2C') : out;
}

/** GitHub workflow commands: `::error file=…,line=…,col=…::message`. */
export function formatAuditGithub(report: AuditReport): string {
  return report.findings
    .map((f) => {
      const level = f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'notice';
      return `::${level} file=${escapeGithub(f.file, true)},line=${f.line},col=${f.column},title=${escapeGithub(f.ruleId, true)}::${escapeGithub(`${f.message} [${f.ruleId}]`)}`;
    })
    .join('\n') + (report.findings.length > 0 ? '\n' : '');
}

/** SARIF 2.1.0: one run, the rules used taken from the catalogue. */
export function formatAuditSarif(report: AuditReport): string {
  const used = [...new Set(report.findings.map((f) => f.ruleId))].sort();
  const rules = used.map((id) => ({
    id,
    shortDescription: { text: isRuleId(id) ? catalogue[id].summary : id },
    helpUri: isRuleId(id) ? ruleAnchor(id) : undefined,
    defaultConfiguration: { level: isRuleId(id) ? sarifLevel(catalogue[id].severity) : 'warning' },
  }));
  const results = report.findings.map((f) => ({
    ruleId: f.ruleId,
    ruleIndex: used.indexOf(f.ruleId),
    level: sarifLevel(f.severity),
    message: { text: f.message },
    locations: [{ physicalLocation: { artifactLocation: { uri: f.file.split(path.sep).join('/') }, region: { startLine: f.line, startColumn: f.column } } }],
  }));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'snipgen', informationUri: 'docs/diagnostics.md', rules } }, results }],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

function sarifLevel(severity: Severity): 'error' | 'warning' | 'note' {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

export function formatAudit(report: AuditReport, format: AuditFormat): string {
  switch (format) {
    case 'text':
      return formatAuditText(report);
    case 'json':
      return formatAuditJson(report);
    case 'github':
      return formatAuditGithub(report);
    case 'sarif':
      return formatAuditSarif(report);
  }
}

