/**
 * Values written in a URL path: keys and function parameters (`('x')`, `(id='x',b=2)`,
 * `(startDateTime='2017-01-01',interval=day)`, `({n})`, `(tz=microsoft.graph.timeZoneStandard'Iana')`).
 */
import type { VFile } from 'vfile';
import { report } from '../diagnostics/report.js';
import type { NamedUrlValue, UrlValue } from './types.js';
import type { Locate } from './source.js';
import { splitTopLevel, trimPiece } from './split.js';

const DATE_TIME = /^\d{4}-\d{2}-\d{2}([T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;
const TIME = /^\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$/;
const GUID = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/;
const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
const ENUM = /^([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+)'(.*)'$/s;
const NAMED = /^([A-Za-z_][A-Za-z0-9_.-]*)\s*=/;

/** `{name}`/`<name>` as a whole → a placeholder, else null. */
export function placeholderOf(text: string, spelling = text): UrlValue | null {
  const match = /^\{([^{}]*)\}$/.exec(text) ?? /^<([^<>]*)>$/.exec(text);
  if (match === null) return null;
  return { kind: 'placeholder', name: (match[1] as string).trim(), spelling };
}

/** Reports a placeholder that is empty or spelled `{undefined}`. */
export function checkPlaceholder(value: UrlValue, file: VFile, locate: Locate): void {
  if (value.kind !== 'placeholder') return;
  if (value.name === '' || value.name === 'undefined' || value.name === 'null') {
    report(file, 'ir:placeholder-suspicious', `placeholder '${value.spelling}' names nothing`, locate(0));
  }
}

/** One value (`'x'`, `{x}`, `2`, `true`, `2017-01-01`, `day`), trimmed already. */
export function parseUrlValue(text: string, file: VFile, locate: Locate): UrlValue {
  if (text === '') {
    report(file, 'ir:url-value-invalid', 'empty value', locate(0));
    return { kind: 'string', value: '', quoted: false };
  }
  if (text.startsWith("'")) {
    let value = '';
    let i = 1;
    let closed = false;
    while (i < text.length) {
      const ch = text[i] as string;
      if (ch === "'") {
        if (text[i + 1] === "'") {
          value += "'";
          i += 2;
          continue;
        }
        closed = true;
        i += 1;
        break;
      }
      value += ch;
      i += 1;
    }
    if (!closed) report(file, 'ir:url-value-invalid', `unterminated quoted value ${text}`, locate(0));
    else if (i < text.length) {
      report(file, 'ir:url-value-invalid', `unexpected '${text.slice(i)}' after quoted value`, locate(i));
    }
    const placeholder = placeholderOf(value, closed ? text.slice(0, i) : text);
    if (placeholder !== null) {
      checkPlaceholder(placeholder, file, locate);
      return placeholder;
    }
    return { kind: 'string', value, quoted: true };
  }
  const placeholder = placeholderOf(text);
  if (placeholder !== null) {
    checkPlaceholder(placeholder, file, locate);
    return placeholder;
  }
  const enumLiteral = ENUM.exec(text);
  if (enumLiteral !== null) {
    return { kind: 'enum', type: enumLiteral[1] as string, value: (enumLiteral[2] as string).replaceAll("''", "'") };
  }
  if (text === 'true' || text === 'false') return { kind: 'boolean', value: text === 'true' };
  if (text === 'null') return { kind: 'null' };
  if (DATE_TIME.test(text) || TIME.test(text) || GUID.test(text)) return { kind: 'string', value: text, quoted: false };
  if (NUMBER.test(text)) return { kind: 'number', value: Number(text), raw: text };
  return { kind: 'string', value: text, quoted: false };
}

/** The inside of a parameter list (`a='x', b={n}`), with `locate` pointing at its first character. */
export function parseParameters(inner: string, file: VFile, locate: Locate): NamedUrlValue[] {
  if (inner.trim() === '') return [];
  const values: NamedUrlValue[] = [];
  for (const piece of splitTopLevel(inner, ',')) {
    const item = trimPiece(piece);
    const at = (index: number) => locate(item.start + index);
    const named = NAMED.exec(item.text);
    if (named === null) {
      values.push({ name: null, value: parseUrlValue(item.text, file, at), place: at(0) });
      continue;
    }
    const rest = item.text.slice(named[0].length);
    const lead = rest.length - rest.trimStart().length;
    const valueStart = named[0].length + lead;
    values.push({
      name: named[1] as string,
      value: parseUrlValue(rest.trim(), file, (index) => at(valueStart + index)),
      place: at(0),
    });
  }
  return values;
}

const KEY_NAME = /^(id|key|userPrincipalName|.*Id|.*ID|.*_id|.*-id)$/;

/** Whether a parenthesised list after a name reads as a key (see `PathSegment` in types.ts). */
export function readsAsKey(parameters: readonly NamedUrlValue[]): boolean {
  if (parameters.length === 0) return false;
  if (parameters.some((p) => p.name === null)) return true;
  return parameters.every((p) => KEY_NAME.test(p.name as string));
}
