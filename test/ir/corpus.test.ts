/**
 * Every request of the real 2020 docs corpus builds without throwing, and the shapes the corpus
 * README lists are counted. The counts are what this snapshot holds (see the figures below).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { fullRuleId } from '../../generator/diagnostics/report.js';
import { extractRequests } from '../../generator/extract/index.js';
import { buildRequest } from '../../generator/ir/build.js';
import type { RequestIR } from '../../generator/ir/types.js';
import { describeWithShared } from '../support/shared.js';

interface Tally {
  requests: number;
  built: number;
  bodies: { none: number; strict: number; recovered: number; raw: number };
  relative: number;
  versionPlaceholder: number;
  typoHost: number;
  foreignHost: number;
  missingDollar: number;
  calls: number;
  callsWithParameters: number;
  parenthesisedKeys: number;
  placeholderSpellings: Set<string>;
  blankLineHeaders: number;
  strayFences: number;
  methods: Record<string, number>;
  thrown: string[];
}

function tally(root: string): Tally {
  const t: Tally = {
    requests: 0,
    built: 0,
    bodies: { none: 0, strict: 0, recovered: 0, raw: 0 },
    relative: 0,
    versionPlaceholder: 0,
    typoHost: 0,
    foreignHost: 0,
    missingDollar: 0,
    calls: 0,
    callsWithParameters: 0,
    parenthesisedKeys: 0,
    placeholderSpellings: new Set(),
    blankLineHeaders: 0,
    strayFences: 0,
    methods: {},
    thrown: [],
  };
  for (const version of ['v1.0', 'beta']) {
    const dir = path.join(root, version, 'api');
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) {
      const pagePath = `graph-docs-2020/${version}/api/${name}`;
      const file = new VFile({ path: pagePath, value: readFileSync(path.join(dir, name), 'utf8') });
      for (const raw of extractRequests(file)) {
        t.requests += 1;
        const before = file.messages.length;
        let ir: RequestIR | null = null;
        try {
          ir = buildRequest(raw, file);
        } catch (error) {
          t.thrown.push(`${pagePath}#${raw.index}: ${String(error)}`);
          continue;
        }
        const rules = file.messages.slice(before).map(fullRuleId);
        if (ir === null) continue;
        t.built += 1;
        t.methods[ir.method] = (t.methods[ir.method] ?? 0) + 1;
        const body = ir.body;
        if (body === null) t.bodies.none += 1;
        else if (body.kind === 'raw') t.bodies.raw += 1;
        else if (body.strict) t.bodies.strict += 1;
        else t.bodies.recovered += 1;
        if (!ir.url.absolute) t.relative += 1;
        if (rules.includes('ir:api-version-placeholder')) t.versionPlaceholder += 1;
        if (rules.includes('ir:host-typo')) t.typoHost += 1;
        if (rules.includes('ir:host-foreign')) t.foreignHost += 1;
        if (ir.url.query.order.some((o) => o.name.startsWith('$') && !o.spelling.startsWith('$') && !o.spelling.startsWith('%24'))) {
          t.missingDollar += 1;
        }
        const calls = ir.url.path.filter((s) => s.kind === 'call');
        if (calls.length > 0) t.calls += 1;
        if (calls.some((s) => s.kind === 'call' && s.parameters.length > 0)) t.callsWithParameters += 1;
        if (ir.url.path.some((s) => s.kind === 'key' && s.raw.startsWith('('))) t.parenthesisedKeys += 1;
        for (const segment of ir.url.path) {
          const values = segment.kind === 'key' ? segment.keys : segment.kind === 'call' ? segment.parameters : [];
          for (const v of values) if (v.value.kind === 'placeholder') t.placeholderSpellings.add(v.value.spelling);
        }
        if (rules.includes('ir:headers-after-blank-line')) t.blankLineHeaders += 1;
        if (rules.includes('ir:stray-fence')) t.strayFences += 1;
      }
    }
  }
  return t;
}

describeWithShared('ir over the real docs corpus', ['corpus', 'graph-docs-2020'], (root) => {
  let t: Tally;
  beforeAll(() => {
    t = tally(root);
  });

  test('every request builds, none throws', () => {
    expect(t.thrown).toEqual([]);
    expect([t.requests, t.built]).toEqual([1914, 1914]);
  });

  test('methods', () => {
    expect(t.methods).toEqual({ GET: 889, POST: 629, PATCH: 183, DELETE: 190, PUT: 23 });
  });

  test('bodies: strict JSON, recovered JSON, raw', () => {
    expect(t.bodies).toEqual({ none: 1201, strict: 671, recovered: 37, raw: 5 });
  });

  test('URL traps: relative, {ver}, typo and foreign hosts, omitted $, blank-line headers, stray fences', () => {
    expect({
      relative: t.relative,
      versionPlaceholder: t.versionPlaceholder,
      typoHost: t.typoHost,
      foreignHost: t.foreignHost,
      missingDollar: t.missingDollar,
      blankLineHeaders: t.blankLineHeaders,
      strayFences: t.strayFences,
    }).toEqual({
      relative: 109,
      versionPlaceholder: 9,
      typoHost: 0,
      foreignHost: 2,
      missingDollar: 12,
      blankLineHeaders: 9,
      strayFences: 1,
    });
  });

  test('function calls and parenthesised keys in paths; placeholder spellings', () => {
    expect({ calls: t.calls, callsWithParameters: t.callsWithParameters, parenthesisedKeys: t.parenthesisedKeys }).toEqual({
      calls: 41,
      callsWithParameters: 41,
      parenthesisedKeys: 8,
    });
    // Distinct spellings of placeholder keys and parameters in paths (`{id}`, `{user-id}`, `<row>`, `'{id}'`, ...).
    expect(t.placeholderSpellings.size).toBe(63);
  });
});
