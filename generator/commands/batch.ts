/**
 * `snipgen batch`: how other tools call snipgen. JSON Lines in, one request per line
 * (`{"id": "...", "http": "<the request block text>", "apiVersion": "v1.0"}`, apiVersion optional:
 * the URL's own version wins), JSON Lines out, one per request and language
 * (`{"id", "language", "code", "diagnostics": [...]}`); diagnostics point into the `http` text.
 * A line that is not valid JSON, or not a request object, gets one error line with its line
 * number; the run goes on.
 */
import { VFile } from 'vfile';
import { catalogue } from '../diagnostics/catalogue.js';
import { fullRuleId, severityOf } from '../diagnostics/report.js';
import { rawRequestFromHttpText } from '../extract/http-text.js';
import { buildRequest } from '../ir/index.js';
import { resolveRequest } from '../ir/resolve.js';
import type { LanguageId } from '../languages/index.js';
import type { SchemaFor } from '../pipeline.js';
import { renderSnippet } from '../render/render.js';

export interface BatchDiagnostic {
  readonly severity: string;
  readonly ruleId: string;
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

export type BatchOutput =
  | { readonly id: string; readonly language: LanguageId; readonly code: string | null; readonly diagnostics: readonly BatchDiagnostic[] }
  | { readonly line: number; readonly id: string | null; readonly error: string };

function diagnosticsOf(file: VFile): BatchDiagnostic[] {
  return file.messages.map((m) => ({
    severity: severityOf(m),
    ruleId: fullRuleId(m),
    message: m.reason,
    line: m.line ?? 1,
    column: m.column ?? 1,
  }));
}

/** Processes one input line (1-based `lineNumber`) into its output lines. */
export function batchLine(text: string, lineNumber: number, languages: readonly LanguageId[], schemaFor: SchemaFor): BatchOutput[] {
  if (text.trim() === '') return [];
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return [{ line: lineNumber, id: null, error: `line ${lineNumber} is not valid JSON: ${(error as Error).message}` }];
  }
  const record = input as { id?: unknown; http?: unknown; apiVersion?: unknown };
  const id = typeof record?.id === 'string' || typeof record?.id === 'number' ? String(record.id) : null;
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return [{ line: lineNumber, id, error: `line ${lineNumber} is not a JSON object` }];
  if (id === null) return [{ line: lineNumber, id, error: `line ${lineNumber} has no "id" (a string)` }];
  if (typeof record.http !== 'string') return [{ line: lineNumber, id, error: `line ${lineNumber} has no "http" (the request text, a string)` }];
  if (record.apiVersion !== undefined && record.apiVersion !== 'v1.0' && record.apiVersion !== 'beta') {
    return [{ line: lineNumber, id, error: `line ${lineNumber}: "apiVersion" must be "v1.0" or "beta"` }];
  }
  const file = new VFile({ path: `stdin:${lineNumber}`, value: record.http });
  const ir = buildRequest(rawRequestFromHttpText(record.http, file.path, id), file);
  if (ir === null) return languages.map((language) => ({ id, language, code: null, diagnostics: diagnosticsOf(file) }));
  const version = ir.url.apiVersion ?? (record.apiVersion as 'v1.0' | 'beta' | undefined) ?? 'v1.0';
  const typed = resolveRequest(ir, schemaFor(version), file, { apiVersion: version });
  const shared = diagnosticsOf(file);
  return languages.map((language) => {
    const snippet = renderSnippet(language, typed);
    const own = snippet.issues.map((i) => ({
      severity: catalogue[i.ruleId].severity,
      ruleId: i.ruleId,
      message: i.message,
      line: i.place.line,
      column: i.place.column,
    }));
    return { id, language, code: snippet.code, diagnostics: [...shared, ...own] };
  });
}
