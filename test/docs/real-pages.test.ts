/**
 * `audit` and `generate --inject` on real docs pages, read in place from ../shared: the localized
 * seed page 003 (anchored tab headings, an Objective-C tab, `sdk-documentation` includes) and the
 * 2020 corpus of Graph docs pages (1,743 pages, 1,914 requests). The tab reading is checked
 * against an independent scan (test/support/tab-scan.ts); inject runs on temporary copies.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runAudit, type AuditReport } from '../../generator/commands/audit.js';
import { injectDocs } from '../../generator/commands/inject.js';
import { loadSchemas } from '../../generator/commands/schemas.js';
import { readTabs } from '../../generator/docs/tabs.js';
import { LANGUAGE_IDS, languageById } from '../../generator/languages/index.js';
import type { SchemaFor } from '../../generator/pipeline.js';
import { describeWithShared, REPO_ROOT } from '../support/shared.js';
import { includeLines, onlyTabLinesAdded, scanPage } from '../support/tab-scan.js';

let schemaFor: SchemaFor;
beforeAll(async () => {
  schemaFor = (await loadSchemas()).schemaFor;
});

async function pagesUnder(dir: string, into: string[] = []): Promise<string[]> {
  for (const e of (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'includes') await pagesUnder(full, into);
    } else if (e.name.endsWith('.md')) into.push(full);
  }
  return into;
}

/** Per request: the tab ids read, the published snippets, the missing targets; paths relative to `root`. */
function verdicts(report: AuditReport, root: string): string {
  const out: string[] = [];
  for (const r of report.requests) {
    out.push(`${r.name} (line ${r.line}): tabs ${r.tabs?.map((t) => `${t.id}[${t.title}]`).join(' ') ?? '(none)'}`);
    for (const s of r.snippets) out.push(`  ${s.language} ${s.verdict} ${path.relative(root, s.file)}`);
    out.push(`  missing ${r.missing.join(',')}`);
  }
  for (const f of report.findings) if (f.ruleId.startsWith('audit:') && f.ruleId !== 'audit:drifted-snippet') out.push(`${f.ruleId} ${path.relative(root, f.file)}:${f.line} ${f.message.replace(root, '<root>')}`);
  return out.join('\n') + '\n';
}

describeWithShared('the localized seed page 003', ['seeds'], (seeds) => {
  let page: string;
  let text: string;
  const roots: string[] = [];
  beforeAll(async () => {
    page = path.join(seeds, (await readdir(seeds)).find((n) => n.startsWith('003_'))!);
    text = await readFile(page, 'utf8');
  });
  afterAll(async () => {
    for (const r of roots) await rm(r, { recursive: true, force: true });
  });

  test('audit, read in place: every tab and include read; the same verdicts as its English twin', async () => {
    const report = await runAudit(page, { schemaFor });
    const scan = scanPage(text);
    expect(report.requests.reduce((n, r) => n + (r.tabs?.length ?? 0), 0)).toBe(scan.tabHeadings);
    expect(report.requests.reduce((n, r) => n + (r.tabs?.reduce((m, t) => m + t.includes.length, 0) ?? 0), 0)).toBe(includeLines(text).filter((l) => l.includes('snippets/')).length);
    const localized = verdicts(report, path.dirname(page));
    // (no golden file: nothing derived from ../shared is kept in the repository) every request is
    // found with its HTTP tab, and every include it references but that is absent is reported
    expect(report.requests.length).toBeGreaterThan(0);
    for (const r of report.requests) expect(r.tabs?.some((t) => t.id === 'http')).toBe(true);
    // no include file is beside the seed: each request is reported without a published snippet, and
    // the include files its tabs reference are reported missing, one by one
    const missing = report.findings.filter((f) => f.ruleId === 'audit:missing-snippet');
    expect(missing.filter((f) => f.message.includes('has no published snippet')).length).toBe(report.requests.length);
    expect(missing.filter((f) => f.message.includes(' references ')).length).toBeGreaterThanOrEqual(report.requests.length);
    // the same page with English headings (anchors taken out), in a temporary folder
    const root = await mkdtemp(path.join(os.tmpdir(), 'snipgen-003-'));
    roots.push(root);
    const english = path.join(root, path.basename(page));
    await writeFile(english, text.replace(/^(#+ )<a name="[^"]*"><\/a>/gm, '$1'));
    expect(verdicts(await runAudit(english, { schemaFor }), root)).toBe(localized);
  });

  test('inject into a temporary copy: merged into each group in its anchored form, idempotent', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'snipgen-003-'));
    roots.push(root);
    const copy = path.join(root, 'beta', 'api', 'accessreviewset-post-definitions.md');
    await mkdir(path.dirname(copy), { recursive: true });
    await writeFile(copy, text);
    await injectDocs(root, { schemaFor });
    const after = await readFile(copy, 'utf8');
    expect((await injectDocs(root, { schemaFor })).changes).toEqual([]);
    expect(onlyTabLinesAdded(text, after)).toBeNull();
    for (const line of includeLines(text)) expect(after).toContain(line);
    const lines = after.split('\n');
    // every group holds each tab id once, every target plus the tabs it had (Objective-C), and every
    // heading in the page's anchored form (no golden file: nothing derived from ../shared is kept)
    const groups = readTabs(lines).groups;
    expect(groups.length).toBe(readTabs(text.split('\n')).groups.length);
    for (const g of groups) {
      const ids = g.tabs.map((t) => t.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toEqual(expect.arrayContaining(['http', 'objc', ...LANGUAGE_IDS]));
      for (const t of g.tabs) expect(lines[t.heading]).toMatch(/^#+ <a name="[^"]+"><\/a>\[[^\]]+\]\(#tab\/[\w-]+\)\s*$/);
    }
    expect(existsSync(path.join(root, 'beta', 'includes', 'snippets', 'go', 'create-accessreviewscheduledefinition-go-snippets.md'))).toBe(true);
  });
});

describeWithShared('the 2020 corpus of Graph docs pages', ['corpus', 'graph-docs-2020'], (corpus) => {
  let root: string;
  let originals: Map<string, string>;
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'snipgen-corpus-'));
    await cp(corpus, root, { recursive: true });
    originals = new Map();
    for (const page of await pagesUnder(root)) originals.set(page, await readFile(page, 'utf8'));
  }, 60_000);
  afterAll(async () => rm(root, { recursive: true, force: true }));

  test('audit reads every tab and include of every request; with the include files present, none is missing or orphaned', async () => {
    // include files written by the test at every path the pages reference
    const referenced = new Set<string>();
    let tabHeadings = 0;
    let snippetIncludes = 0;
    for (const [page, text] of originals) {
      tabHeadings += scanPage(text).tabHeadings;
      for (const line of includeLines(text)) {
        const target = /\]\(([^)]+)\)\]/.exec(line)![1]!;
        if (!target.includes('snippets/')) continue;
        snippetIncludes += 1;
        if (target.endsWith('-snippets.md')) referenced.add(path.resolve(path.dirname(page), target));
      }
    }
    for (const file of referenced) {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, '```\nx\n```\n');
    }
    // the three targets the 2020 pages publish (tabs and includes are read whatever the targets)
    const report = await runAudit(root, { schemaFor, languages: ['csharp', 'java', 'javascript'] });
    expect(report.requests).toHaveLength(1914);
    expect(report.requests.reduce((n, r) => n + (r.tabs?.length ?? 0), 0)).toBe(tabHeadings);
    expect(report.requests.reduce((n, r) => n + (r.tabs?.reduce((m, t) => m + t.includes.filter((i) => i.includes('snippets/')).length, 0) ?? 0), 0)).toBe(snippetIncludes);
    expect([tabHeadings, snippetIncludes]).toEqual([7593, 11654]);
    expect(report.orphaned).toEqual([]);
    expect(report.findings.filter((f) => /does not exist|holds no fenced code/.test(f.message))).toEqual([]);
    const published = Object.fromEntries(report.languages.map((l) => [l.language, l.published]));
    expect(published).toEqual({ csharp: 1721, java: 628, javascript: 1762 });
    for (const f of referenced) await rm(f);
  }, 120_000);

  test('inject twice: idempotent, one group per request with every target once, the original lines kept', async () => {
    const first = await injectDocs(root, { schemaFor });
    expect(first.skipped).toEqual([]);
    const second = await injectDocs(root, { schemaFor });
    expect(second.changes).toEqual([]);
    let groups = 0;
    let full = 0;
    const problems: string[] = [];
    const tabIds = LANGUAGE_IDS.map((l) => languageById(l).tabId);
    for (const [page, before] of originals) {
      const after = await readFile(page, 'utf8');
      const added = onlyTabLinesAdded(before, after);
      if (added !== null) problems.push(`${page}: not a tab line: ${added}`);
      for (const line of includeLines(before)) if (!after.includes(line)) problems.push(`${page}: lost ${line}`);
      const lines = after.split('\n');
      const version = path.relative(root, page).split(path.sep)[0]!;
      for (const group of readTabs(lines).groups) {
        const ids = group.tabs.map((t) => t.id);
        if (new Set(ids).size !== ids.length) problems.push(`${page}:${group.start + 1}: tab ids ${ids.join(',')}`);
        groups += 1;
        if (tabIds.every((id) => ids.includes(id))) full += 1;
        for (const tab of group.tabs) {
          if (tab.language === null) continue;
          const ref = tab.includes.find((i) => i.target.endsWith('-snippets.md'))!;
          const target = path.resolve(path.dirname(page), ref.target);
          // every target tab points into the version's includes/snippets/<lang>/; the file is there
          // unless the tab was the page's own and snipgen renders nothing for it (kept as it was)
          if (!path.relative(root, target).startsWith(path.join(version, 'includes', 'snippets', tab.language))) problems.push(`${page}:${ref.line + 1}: ${ref.target}`);
          if (!existsSync(target) && !before.includes(ref.target)) problems.push(`${page}:${ref.line + 1}: ${ref.target} not written`);
        }
      }
    }
    expect(problems).toEqual([]);
    // measured: 1,912 groups for 1,914 requests (two requests get none: snipgen types neither)
    expect([groups, full]).toEqual([1912, FULL_GROUPS]);
  }, 120_000);
});

/** Groups holding all eight targets after inject (the others lack only targets that refuse the request). */
const FULL_GROUPS = 1699; // PowerShell sends what no cmdlet serves with Invoke-MgGraphRequest
