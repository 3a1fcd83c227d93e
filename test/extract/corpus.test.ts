/**
 * The extract stage over the 1,743 pages of the 2020 Graph docs corpus (read in place). The
 * expected figures were established independently (see the counts from the raw text below) and are
 * pinned here; the corpus README's larger figures (2,419 requests, 350 ignored) describe a different
 * snapshot and do not hold for these files.
 */
import { VFile } from 'vfile';
import { extractRequests } from '../../generator/extract/index.js';
import type { RawRequest } from '../../generator/extract/types.js';
import { fullRuleId } from '../../generator/diagnostics/report.js';
import { describeWithShared } from '../support/shared.js';
import { loadCorpus, type CorpusPage, type Version } from './corpus-pages.js';
import { placeProblems } from './support.js';

interface PageResult {
  readonly page: CorpusPage;
  readonly raw: RawRequest[];
  readonly file: VFile;
}

function count<T>(items: Iterable<T>, key: (item: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const method = (request: RawRequest): string => request.lines.find((l) => l.text.trim() !== '')?.text.trim().split(/\s+/)[0] ?? '';

describeWithShared('extract over the 2020 docs corpus', ['corpus', 'graph-docs-2020'], (root) => {
  const pages = loadCorpus(root);
  const results: PageResult[] = [];
  const thrown: string[] = [];

  beforeAll(() => {
    for (const page of pages) {
      const file = new VFile({ path: page.path, value: page.text });
      try {
        results.push({ page, raw: extractRequests(file), file });
      } catch (error) {
        thrown.push(`${page.path}: ${String(error)}`);
      }
    }
  });

  const requestsOf = (version?: Version): RawRequest[] =>
    results.filter((r) => version === undefined || r.page.version === version).flatMap((r) => r.raw);

  test('every page extracts without throwing, and every page has a request', () => {
    expect(thrown).toEqual([]);
    expect(count(pages, (p) => p.version)).toEqual({ beta: 1117, 'v1.0': 626 });
    expect(results.filter((r) => r.raw.length === 0).map((r) => r.page.path)).toEqual([]);
  });

  test('request counts match an independent count of the annotations in the raw text', () => {
    // Independent: every `<!-- ... -->` comment of the raw text whose blockType is request. The
    // corpus has no annotation inside a code block, so the two counts must agree exactly.
    const annotated = (type: string, version: Version): number =>
      pages
        .filter((p) => p.version === version)
        .reduce((n, p) => n + [...p.text.matchAll(/<!--([\s\S]*?)-->/g)].filter((m) => new RegExp(`"blockType"\\s*:\\s*"${type}"`).test(m[1]!)).length, 0);
    expect({ v1: annotated('request', 'v1.0'), beta: annotated('request', 'beta') }).toEqual({ v1: 682, beta: 1232 });
    expect(annotated('ignored', 'v1.0') + annotated('ignored', 'beta')).toBe(1886);
    expect({ v1: requestsOf('v1.0').length, beta: requestsOf('beta').length }).toEqual({ v1: 682, beta: 1232 });
  });

  test('requests by method and by fence info string', () => {
    expect(count(requestsOf('v1.0'), method)).toEqual({ DELETE: 61, GET: 310, PATCH: 66, POST: 237, PUT: 8 });
    expect(count(requestsOf('beta'), method)).toEqual({ DELETE: 129, GET: 579, PATCH: 117, POST: 392, PUT: 15 });
    expect(count(requestsOf(), (r) => r.fence.lang)).toEqual({ HTTP: 1, http: 1079, json: 7, 'msgraph-interactive': 827 });
    expect(requestsOf().filter((r) => !r.fence.closed || r.fence.marker !== '```')).toEqual([]);
  });

  test('diagnostics by rule id', () => {
    const messages = results.flatMap((r) => r.file.messages);
    expect(count(messages, fullRuleId)).toEqual({
      'extract:content-before-fence': 10,
      'extract:duplicate-name': 31,
      'extract:missing-name': 15,
      'extract:unusual-fence': 15,
    });
  });

  test('a request has a diagnostic exactly when its annotation or its fence is irregular', () => {
    const wrong: string[] = [];
    for (const { page, raw, file } of results) {
      const seen = new Set<string>();
      for (const request of raw) {
        const why: string[] = [];
        const body = request.annotation.raw.replace(/^<!--/, '').replace(/-->$/, '');
        let fields: unknown;
        try {
          fields = JSON.parse(body);
        } catch {
          why.push('annotation JSON');
        }
        const name = (fields as { name?: unknown } | undefined)?.name;
        if (typeof name !== 'string' || name === '') why.push('no name');
        else if (seen.has(name.toLowerCase())) why.push('duplicate name');
        else seen.add(name.toLowerCase());
        const fenceLine = page.text.split(/\r\n|\r|\n/)[request.fence.place.line - 1]!;
        if (!/^```(http|msgraph-interactive)\s*$/.test(fenceLine.trimStart())) why.push('fence spelling');
        const between = page.text.slice(request.annotation.place.offset + request.annotation.raw.length, request.fence.place.offset);
        if (/\S/.test(between)) why.push('content before the fence');
        if (!request.fence.closed) why.push('unclosed');
        const own = file.messages.filter((m) => (m.line ?? 0) >= request.annotation.place.line && (m.line ?? 0) <= request.fence.place.line);
        if ((why.length > 0) !== (own.length > 0)) wrong.push(`${page.path} ${request.name}: irregular [${why.join(', ')}] but ${own.length} diagnostics`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test('every place agrees with vfile-location and every line is the page text at its place', () => {
    expect(results.flatMap((r) => placeProblems(r.page.text, r.raw).map((p) => `${r.page.path}: ${p}`))).toEqual([]);
  });
});
