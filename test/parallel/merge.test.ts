/** The generate report format, and merging the reports of a run's shards. */
import { mergeReports, parseReport, reportJson, type GenerateReportJson } from '../../generator/commands/merge.js';

function shard(index: number, count: number, written: string[], rendered: number): GenerateReportJson {
  return reportJson({
    shard: { index, count },
    pages: 2,
    requests: 3,
    perLanguage: new Map([['python', { rendered, notRendered: 1 }]]),
    byRule: new Map([['schema:unknown-property', { severity: 'error', count: index }]]),
    writes: { created: written.length, updated: 0, unchanged: 0 },
    removed: 0,
    written,
  });
}

describe('generate reports', () => {
  test('a report is sorted JSON with no times', () => {
    expect(shard(2, 3, ['out/b.md', 'out/a.md'], 4)).toEqual({
      format: 'snipgen-generate-report/1',
      shards: [2],
      shardCount: 3,
      pages: 2,
      requests: 3,
      languages: { python: { rendered: 4, notRendered: 1 } },
      diagnostics: { 'schema:unknown-property': { severity: 'error', count: 2 } },
      files: { created: 2, updated: 0, unchanged: 0, removed: 0 },
      written: ['out/a.md', 'out/b.md'],
    });
  });

  test('the shards of a run merge into the report of the whole run', () => {
    const merged = mergeReports([shard(2, 2, ['out/b.md'], 5), shard(1, 2, ['out/a.md'], 4)]);
    expect(merged).toEqual({
      problems: [],
      report: {
        format: 'snipgen-generate-report/1',
        shards: [1, 2],
        shardCount: 2,
        pages: 4,
        requests: 6,
        languages: { python: { rendered: 9, notRendered: 2 } },
        diagnostics: { 'schema:unknown-property': { severity: 'error', count: 3 } },
        files: { created: 2, updated: 0, unchanged: 0, removed: 0 },
        written: ['out/a.md', 'out/b.md'],
      },
    });
    // merging is associative: a merged report merges again
    expect(mergeReports([merged.report]).report).toEqual(merged.report);
  });

  test('missing and repeated shards, mixed shard counts and files written twice are problems', () => {
    expect(mergeReports([shard(1, 3, ['x'], 1), shard(1, 3, ['x'], 1)]).problems).toEqual([
      'shard 1 is in 2 reports',
      'shards 2, 3 of 3 missing',
      'x is written by 2 shards (two requests share its name; a single run reports render:duplicate-name)',
    ]);
    expect(mergeReports([shard(1, 2, ['a'], 1), shard(2, 3, ['b'], 1)]).problems).toEqual(['the reports are of different shard counts: 2, 3']);
  });

  test('parseReport accepts a report and names what is wrong with anything else', () => {
    const good = shard(1, 1, ['a'], 1);
    expect(parseReport(JSON.stringify(good), 'r.json')).toEqual({ ok: true, report: good });
    expect(parseReport('{', 'r.json')).toEqual({ ok: false, problem: expect.stringMatching(/^r\.json: not JSON \(/) });
    expect(parseReport('{"format":"x"}', 'r.json')).toEqual({ ok: false, problem: 'r.json: not a snipgen generate report ("format" is not "snipgen-generate-report/1")' });
    expect(parseReport(JSON.stringify({ ...good, pages: -1 }), 'r.json')).toEqual({ ok: false, problem: 'r.json: not a snipgen generate report ("pages" / "requests")' });
    expect(parseReport(JSON.stringify({ ...good, written: [1] }), 'r.json')).toEqual({ ok: false, problem: 'r.json: not a snipgen generate report ("written")' });
  });
});
