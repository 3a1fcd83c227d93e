/**
 * `snipgen batch`: how other tools call snipgen. JSON Lines in, one request per line
 * (`{"id": "...", "http": "<the request block text>", "apiVersion": "v1.0"}`, apiVersion optional:
 * the URL's own version wins), JSON Lines out, one per request and language
 * (`{"id", "language", "code", "diagnostics": [...]}`); diagnostics point into the `http` text.
 * A line that is not valid JSON, or not a request object, gets one error line with its line
 * number; the run goes on.
 */
import { renderRequestSync, type Diagnostic, type LanguageId, type SchemaFor } from '../index.js';

/** A diagnostic placed in the line's `http` text. */
export type BatchDiagnostic = Diagnostic;

export type BatchOutput =
  | { readonly id: string; readonly language: LanguageId; readonly code: string | null; readonly diagnostics: readonly BatchDiagnostic[] }
  | { readonly line: number; readonly id: string | null; readonly error: string };

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
  // the URL's version, else the line's `apiVersion`, else v1.0: the one rule of every command (pipeline.ts)
  const apiVersion = record.apiVersion as 'v1.0' | 'beta' | undefined;
  const rendered = renderRequestSync(record.http, schemaFor, { languages, name: id, path: `stdin:${lineNumber}`, ...(apiVersion ? { apiVersion } : {}) });
  return rendered.snippets.map((snippet) => ({ id, language: snippet.language, code: snippet.code, diagnostics: snippet.diagnostics }));
}
