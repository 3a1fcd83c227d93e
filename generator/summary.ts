/** The run summary: counts gathered page by page, printed as plain tables by the CLI. */
import type { VFile } from 'vfile';
import { fullRuleId, severityOf } from './diagnostics/report.js';
import type { TypedRequest } from './ir/typed.js';
import type { RequestIR } from './ir/types.js';

/** How typed requests came out, per API version: resolved (some resting on inference), or not and why. */
interface TypedOutcomes {
  resolved: number;
  restsOnInference: number;
  /** First reason's rule id → count. */
  readonly unresolved: Map<string, number>;
}

export class RunSummary {
  pages = 0;
  pagesWithRequests = 0;
  requests = 0;
  /** `apiVersion → method → count`; apiVersion `(none)` when the URL has no usable version. */
  readonly byVersionAndMethod = new Map<string, Map<string, number>>();
  /** `ruleId → {severity, count}`. */
  readonly byRule = new Map<string, { severity: string; count: number }>();
  /** `apiVersion → outcomes` of the requests typed against a schema (empty when none was). */
  readonly typedByVersion = new Map<string, TypedOutcomes>();

  /** Counts the typed requests of a page (call with the page's `typed`). */
  addTyped(typed: readonly TypedRequest[]): void {
    for (const t of typed) {
      const version = t.apiVersion ?? '(none)';
      const outcomes = this.typedByVersion.get(version) ?? { resolved: 0, restsOnInference: 0, unresolved: new Map<string, number>() };
      if (t.resolved) {
        outcomes.resolved += 1;
        if (t.restsOnInference) outcomes.restsOnInference += 1;
      } else {
        const rule = t.reasons[0]?.ruleId ?? '(no reason)';
        outcomes.unresolved.set(rule, (outcomes.unresolved.get(rule) ?? 0) + 1);
      }
      this.typedByVersion.set(version, outcomes);
    }
  }

  addPage(file: VFile, requests: readonly RequestIR[]): void {
    this.pages += 1;
    if (requests.length > 0) this.pagesWithRequests += 1;
    this.requests += requests.length;
    for (const r of requests) {
      const version = r.url.apiVersion ?? '(none)';
      const methods = this.byVersionAndMethod.get(version) ?? new Map<string, number>();
      methods.set(r.method, (methods.get(r.method) ?? 0) + 1);
      this.byVersionAndMethod.set(version, methods);
    }
    for (const m of file.messages) {
      const id = fullRuleId(m);
      const entry = this.byRule.get(id) ?? { severity: severityOf(m), count: 0 };
      entry.count += 1;
      this.byRule.set(id, entry);
    }
  }

  get errors(): number {
    return [...this.byRule.values()].filter((e) => e.severity === 'error').reduce((a, e) => a + e.count, 0);
  }

  get warnings(): number {
    return [...this.byRule.values()].filter((e) => e.severity === 'warning').reduce((a, e) => a + e.count, 0);
  }

  toJSON(): object {
    return {
      pages: this.pages,
      pagesWithRequests: this.pagesWithRequests,
      requests: this.requests,
      byVersionAndMethod: Object.fromEntries(
        [...this.byVersionAndMethod].sort().map(([v, m]) => [v, Object.fromEntries([...m].sort())]),
      ),
      diagnostics: Object.fromEntries([...this.byRule].sort()),
      typed: Object.fromEntries(
        [...this.typedByVersion].sort().map(([v, o]) => [
          v,
          { resolved: o.resolved, restsOnInference: o.restsOnInference, unresolved: Object.fromEntries([...o.unresolved].sort()) },
        ]),
      ),
    };
  }

  /** Plain-text tables, stable order, no timestamps. */
  format(): string {
    const methods = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE', 'HEAD', 'OPTIONS'].filter((m) =>
      [...this.byVersionAndMethod.values()].some((byMethod) => byMethod.has(m)),
    );
    const versions = [...this.byVersionAndMethod.keys()].sort();
    const rows: string[][] = [['version', ...methods, 'total']];
    const totals = methods.map(() => 0);
    for (const v of versions) {
      const byMethod = this.byVersionAndMethod.get(v)!;
      const counts = methods.map((m) => byMethod.get(m) ?? 0);
      counts.forEach((c, i) => (totals[i]! += c));
      rows.push([v, ...counts.map(String), String(counts.reduce((a, b) => a + b, 0))]);
    }
    rows.push(['total', ...totals.map(String), String(this.requests)]);
    const out = [`pages: ${this.pages} (${this.pagesWithRequests} with requests), requests: ${this.requests}`, '', table(rows)];
    if (this.typedByVersion.size > 0) out.push('', this.formatTyped());
    if (this.byRule.size > 0) {
      const ruleRows = [['rule', 'severity', 'count']];
      for (const [id, e] of [...this.byRule].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1))) {
        ruleRows.push([id, e.severity, String(e.count)]);
      }
      out.push('', table(ruleRows));
    } else {
      out.push('', 'no diagnostics');
    }
    return out.join('\n') + '\n';
  }

  /** `resolved / rests on inference / unresolved by reason`, one column per API version. */
  formatTyped(): string {
    const versions = [...this.typedByVersion.keys()].sort();
    const outcomes = versions.map((v) => this.typedByVersion.get(v)!);
    const reasons = [...new Set(outcomes.flatMap((o) => [...o.unresolved.keys()]))].sort();
    const row = (label: string, count: (o: TypedOutcomes) => number): string[] => {
      const counts = outcomes.map(count);
      return [label, ...counts.map(String), String(counts.reduce((a, b) => a + b, 0))];
    };
    const rows: string[][] = [['typed requests', ...versions, 'total']];
    rows.push(row('resolved', (o) => o.resolved));
    rows.push(row('  rests on inference', (o) => o.restsOnInference));
    rows.push(row('unresolved', (o) => [...o.unresolved.values()].reduce((a, b) => a + b, 0)));
    for (const reason of reasons) rows.push(row(`  ${reason}`, (o) => o.unresolved.get(reason) ?? 0));
    return table(rows);
  }
}

/** A left-aligned text table; numbers right-aligned. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => (/^\d+(\.\d+)?%?$/.test(cell) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const [head, ...body] = rows;
  return [line(head ?? []), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}
