/**
 * The corpus: every v1.0 request of the 2020 Graph docs snapshot, extracted, built and resolved
 * against today's v1.0 CSDL. Prints the requests that do not fully resolve, grouped by rule, and
 * holds the rate reached. The pages are from 2020 and the CSDL from 2026: APIs renamed or removed
 * since then cannot resolve, and must be reported, not hidden.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { extractRequests } from '../../generator/extract/index.js';
import { buildRequest } from '../../generator/ir/index.js';
import { resolveRequest } from '../../generator/ir/resolve.js';
import { loadSchema } from '../../generator/schema/schema.js';
import { describeWithShared, sharedPath } from '../support/shared.js';

/**
 * The fully-resolved rate reached on the corpus (a floor: raise it when it improves). The target is
 * 97%; 658/682 (96.5%) is reached. Of the 24 left, 17 name APIs the 2026 schema no longer has
 * (renamed `openShiftsChangeRequests`, removed `shiftPreferences`, `homeRealmDiscoveryPolicies`, the
 * workbook `delete` actions, parameters and properties dropped since), 1 is not a Graph URL, and the
 * rest are docs errors (a prose value for an object, an object for a string, `{size}` standing for a
 * property name).
 */
const RATE_FLOOR = 0.964;

describeWithShared('corpus: v1.0 requests resolved with the v1.0 CSDL', ['schemas', 'graph-v1.0.csdl'], (csdl) => {
  const dir = sharedPath('corpus', 'graph-docs-2020', 'v1.0', 'api');
  (dir === null ? test.skip : test)('at least the floor rate of requests fully resolves (path and body types)', () => {
    const schema = loadSchema(csdl);
    let total = 0;
    let resolved = 0;
    const operations = new Map<string, number>();
    const byRule = new Map<string, string[]>();
    for (const name of readdirSync(dir!).filter((f) => f.endsWith('.md')).sort()) {
      const file = new VFile({ path: path.join('v1.0/api', name), value: readFileSync(path.join(dir!, name), 'utf8') });
      for (const raw of extractRequests(file)) {
        const ir = buildRequest(raw, file);
        if (ir === null) continue;
        total++;
        const typed = resolveRequest(ir, schema, file);
        operations.set(typed.operation, (operations.get(typed.operation) ?? 0) + 1);
        if (typed.resolved) {
          resolved++;
          continue;
        }
        for (const reason of typed.reasons.slice(0, 1)) {
          const list = byRule.get(reason.ruleId) ?? [];
          list.push(`${file.path}:${reason.place.line}:${reason.place.column} ${ir.method} ${ir.url.raw} — ${reason.message}`);
          byRule.set(reason.ruleId, list);
        }
      }
    }
    const rate = resolved / total;
    const lines = [`corpus: ${resolved}/${total} requests fully resolved (${(rate * 100).toFixed(1)}%)`];
    lines.push(`operations: ${[...operations].sort().map(([k, v]) => `${k} ${v}`).join(', ')}`);
    for (const [rule, list] of [...byRule].sort((a, b) => b[1].length - a[1].length)) {
      lines.push(`\n${rule} (${list.length}):`, ...list.map((l) => `  ${l}`));
    }
    console.log(lines.join('\n'));
    expect(total).toBeGreaterThan(600);
    expect(rate).toBeGreaterThanOrEqual(RATE_FLOOR);
  });
});
