/**
 * A case through the pipeline up to the typed IR: extract → ir (generator/pipeline.ts) → resolve
 * against the case's schema. Every message of every stage stays on the page's VFile.
 */
import { readFileSync } from 'node:fs';
import type { VFile } from 'vfile';
import { fullRuleId } from '../../generator/diagnostics/report.js';
import { resolveRequest } from '../../generator/ir/resolve.js';
import type { TypedRequest } from '../../generator/ir/typed.js';
import { processPageText } from '../../generator/pipeline.js';
import type { Schema } from '../../generator/schema/schema.js';
import type { Case } from './cases.js';

export interface TypedCase {
  readonly case: Case;
  readonly file: VFile;
  readonly requests: readonly TypedRequest[];
  /** `source:rule` of every message, in page order (line, then column, then report order). */
  readonly ruleIds: readonly string[];
}

export function typeCase(c: Case, schema: Schema): TypedCase {
  const page = processPageText(c.inputPath, readFileSync(c.input, 'utf8'));
  const requests = page.requests.map((ir) => resolveRequest(ir, schema, page.file));
  const ordered = page.file.messages
    .map((m, i) => ({ m, i }))
    .sort((a, b) => (a.m.line ?? 0) - (b.m.line ?? 0) || (a.m.column ?? 0) - (b.m.column ?? 0) || a.i - b.i);
  return { case: c, file: page.file, requests, ruleIds: ordered.map(({ m }) => fullRuleId(m)) };
}
