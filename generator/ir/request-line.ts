/**
 * Finding the request line of a block (`METHOD url [HTTP/1.1]`), skipping what docs put before
 * it (blank lines, comments, stray fences, prose), each with a diagnostic.
 */
import type { VFile } from 'vfile';
import type { Place } from '../diagnostics/types.js';
import { report } from '../diagnostics/report.js';
import type { SourceLine } from '../extract/types.js';
import type { HttpMethod } from './types.js';
import { placeInLine } from './source.js';

export const HTTP_METHODS: readonly HttpMethod[] = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE', 'HEAD', 'OPTIONS'];

export interface RequestLine {
  /** Index of the request line among the block's lines. */
  readonly index: number;
  readonly method: HttpMethod;
  /** The URL as written (inner spaces kept, `HTTP/1.1` removed). */
  readonly url: string;
  /** Index of the URL's first character in the line's text. */
  readonly urlStart: number;
  /** The place of the line's first non-blank character. */
  readonly place: Place;
}

const FENCE = /^\s*(`{3,}|~{3,})/;
const COMMENT = /^\s*(#|\/\/|<!--|--)/;
const METHOD_AND_REST = /^(\s*)([A-Za-z]+)(\s+)(\S.*)$/;
const BARE_URL = /^(\s*)(https?:\/\/\S|\/[A-Za-z$])/i;
const HTTP_VERSION = /\s+HTTP\/\d+(\.\d+)?(?=\s|$)/i;

export function isFenceLine(text: string): boolean {
  return FENCE.test(text);
}

/** The request line, or null (reported) when the block has none or its method is unknown. */
export function findRequestLine(lines: readonly SourceLine[], file: VFile, fallback: Place): RequestLine | null {
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as SourceLine;
    const text = line.text;
    const lead = text.length - text.trimStart().length;
    const at = placeInLine(line, lead);
    if (text.trim() === '') {
      report(file, 'ir:leading-blank-line', 'blank line before the request line', line.place);
      continue;
    }
    if (isFenceLine(text)) {
      report(file, 'ir:stray-fence', `stray fence line '${text.trim()}' in the request block`, at);
      continue;
    }
    if (COMMENT.test(text)) {
      report(file, 'ir:leading-comment', 'comment line before the request line', at);
      continue;
    }
    const bare = BARE_URL.exec(text);
    if (bare !== null) {
      report(file, 'ir:method-missing', 'the request line has no method: GET is assumed', at);
      return { index, method: 'GET', ...urlOf(text, lead, line, file), place: at };
    }
    const match = METHOD_AND_REST.exec(text);
    if (match !== null) {
      const word = match[2] as string;
      const method = HTTP_METHODS.find((m) => m === word.toUpperCase());
      const rest = match[4] as string;
      const urlish = /^(https?:|\/|[A-Za-z{][^\s]*\/)/i.test(rest);
      if (method !== undefined) {
        if (word !== method) {
          report(file, 'ir:method-lowercase', `method '${word}' is read as ${method}`, at);
        }
        const urlStart = (match[1] as string).length + word.length + (match[3] as string).length;
        return { index, method, ...urlOf(text, urlStart, line, file), place: at };
      }
      if (urlish && word === word.toUpperCase()) {
        report(file, 'ir:method-unknown', `'${word}' is not an HTTP method`, at);
        return null;
      }
    }
    report(file, 'ir:leading-text', `text before the request line: '${text.trim()}'`, at);
  }
  report(file, 'ir:request-line-missing', 'no request line (METHOD url) in the request block', lines[0]?.place ?? fallback);
  return null;
}

function urlOf(text: string, start: number, line: SourceLine, file: VFile): { url: string; urlStart: number } {
  let rest = text.slice(start).trimEnd();
  const version = HTTP_VERSION.exec(rest);
  if (version !== null) {
    const after = rest.slice(version.index + version[0].length).trim();
    if (after !== '') {
      const afterIndex = rest.indexOf(after, version.index + version[0].length);
      report(file, 'ir:request-line-extra', `'${after}' after the HTTP version is ignored`, placeInLine(line, start + afterIndex));
    }
    rest = rest.slice(0, version.index);
  }
  return { url: rest.trimEnd(), urlStart: start };
}
