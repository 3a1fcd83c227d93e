/** The run summary: counts gathered page by page, printed as plain tables by the CLI. */
import type { VFile } from 'vfile';
import { fullRuleId, severityOf } from './diagnostics/report.js';
import type { RequestIR } from './ir/types.js';

export class RunSummary {
  pages = 0;
  pagesWithRequests = 0;
  requests = 0;
  /** `apiVersion → method → count`; apiVersion `(none)` when the URL has no usable version. */
  readonly byVersionAndMethod = new Map<string, Map<string, number>>();
  /** `ruleId → {severity, count}`. */
  readonly byRule = new Map<string, { severity: string; count: number }>();

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
