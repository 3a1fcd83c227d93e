/**
 * The body: every line after the header section. JSON (by content type, or by shape when there
 * is no content type) is parsed with places; anything else is kept as raw text. A non-JSON
 * content type (`text/plain`, `image/jpeg`, `multipart/...`) makes a raw body without complaint;
 * a JSON or missing content type with a body that is not JSON makes a raw body and a diagnostic.
 */
import type { VFile } from 'vfile';
import { report } from '../diagnostics/report.js';
import type { SourceLine } from '../extract/types.js';
import type { Header, RequestBody } from './types.js';
import { parseJson, looksLikeJson } from './json.js';
import { isFenceLine } from './request-line.js';
import { joinLines, placeInLine } from './source.js';

/** `application/json`, `application/json; charset=utf-8`, `application/merge-patch+json`, `text/json`. */
export function isJsonContentType(contentType: string): boolean {
  return /^[a-z]+\/([a-z0-9.+-]*\+)?json\s*(;|$)/i.test(contentType.trim());
}

export function parseBody(lines: readonly SourceLine[], headers: readonly Header[], file: VFile): RequestBody | null {
  const kept = lines.filter((line) => {
    if (!isFenceLine(line.text)) return true;
    const lead = line.text.length - line.text.trimStart().length;
    report(file, 'ir:stray-fence', `stray fence line '${line.text.trim()}' in the request block`, placeInLine(line, lead));
    return false;
  });
  let first = 0;
  let last = kept.length;
  while (first < last && (kept[first] as SourceLine).text.trim() === '') first += 1;
  while (last > first && (kept[last - 1] as SourceLine).text.trim() === '') last -= 1;
  if (first === last) return null;
  const body = kept.slice(first, last);
  const source = joinLines(body);
  const lead = source.text.length - source.text.trimStart().length;
  const place = source.locate(lead);
  const contentType = headers.find((h) => h.lowerName === 'content-type')?.value ?? null;
  const raw: RequestBody = { kind: 'raw', text: source.text, contentType, place };
  if (contentType !== null && !isJsonContentType(contentType)) return raw;
  const described = contentType === null ? 'no content type' : `content type ${contentType}`;
  if (!looksLikeJson(source.text)) {
    report(file, 'ir:body-not-json', `the body is not JSON (${described}): kept as raw text`, place);
    return raw;
  }
  const result = parseJson(source.text, source.locate);
  if (result.value === null) {
    const failure = result.failure;
    const where = failure === null ? place : source.locate(failure.index);
    report(file, 'ir:body-not-json', `the body is not JSON (${described}): ${failure?.reason ?? 'unreadable'}; kept as raw text`, where);
    return raw;
  }
  for (const problem of result.problems) report(file, problem.ruleId, problem.reason, source.locate(problem.index));
  return { kind: 'json', value: result.value, contentType, strict: result.strict, text: source.text, place };
}
