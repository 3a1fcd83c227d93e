/**
 * The header section: `Name: value` lines after the request line, up to a blank line. Names are
 * matched case-insensitively (`lowerName`); values are kept as written, without the spaces after
 * the colon and at the end of the line. A blank line right after the request line followed by
 * header lines (and then a blank line or the end) is a docs slip, repaired with a diagnostic.
 */
import type { VFile } from 'vfile';
import { report } from '../diagnostics/report.js';
import type { SourceLine } from '../extract/types.js';
import type { Header } from './types.js';
import { placeInLine } from './source.js';
import { isFenceLine } from './request-line.js';

const HEADER = /^([A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]*)[ \t]*:(.*)$/;

export interface HeaderSection {
  readonly headers: Header[];
  /** Index of the first line after the header section (the body's lines start there). */
  readonly bodyStart: number;
}

function isBlank(line: SourceLine | undefined): boolean {
  return line !== undefined && line.text.trim() === '';
}

/** Whether the lines from `from` up to the next blank line (or the end) are all header lines. */
function headerRun(lines: readonly SourceLine[], from: number): boolean {
  let i = from;
  while (i < lines.length && !isBlank(lines[i])) {
    if (!HEADER.test((lines[i] as SourceLine).text.trim())) return false;
    i += 1;
  }
  return i > from;
}

/** Parses the header lines from `start` (the line after the request line). */
export function parseHeaders(lines: readonly SourceLine[], start: number, file: VFile): HeaderSection {
  const headers: Header[] = [];
  let i = start;
  if (isBlank(lines[i])) {
    let next = i;
    while (isBlank(lines[next])) next += 1;
    if (next < lines.length && headerRun(lines, next)) {
      report(file, 'ir:headers-after-blank-line', 'blank line between the request line and the headers', (lines[i] as SourceLine).place);
      i = next;
    } else {
      return { headers, bodyStart: i + 1 };
    }
  }
  for (; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    const text = line.text;
    if (text.trim() === '') return { headers, bodyStart: i + 1 };
    const lead = text.length - text.trimStart().length;
    const at = placeInLine(line, lead);
    if (isFenceLine(text)) {
      report(file, 'ir:stray-fence', `stray fence line '${text.trim()}' in the request block`, at);
      continue;
    }
    const trimmed = text.trim();
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
      report(file, 'ir:body-missing-blank-line', 'the body starts without a blank line after the headers', at);
      return { headers, bodyStart: i };
    }
    const previous = headers[headers.length - 1];
    if (lead > 0 && previous !== undefined) {
      report(file, 'ir:header-invalid', `folded header line: appended to '${previous.name}'`, at);
      headers[headers.length - 1] = { ...previous, value: `${previous.value} ${trimmed}` };
      continue;
    }
    const match = HEADER.exec(trimmed);
    if (match === null) {
      report(file, 'ir:header-invalid', `'${trimmed}' is not a 'Name: value' header line`, at);
      continue;
    }
    const name = match[1] as string;
    headers.push({ name, lowerName: name.toLowerCase(), value: (match[2] as string).trim(), place: at });
  }
  return { headers, bodyStart: lines.length };
}
