/** Helpers shared by the extract tests: run the stage both ways and check places independently. */
import { VFile } from 'vfile';
import { location } from 'vfile-location';
import { extractRequests } from '../../generator/extract/index.js';
import type { RawRequest } from '../../generator/extract/types.js';
import { formatMessage } from '../../generator/diagnostics/report.js';
import type { Place } from '../../generator/diagnostics/types.js';

export interface Extracted {
  readonly raw: RawRequest[];
  readonly messages: string[];
}

export function extract(path: string, text: string, wholePage = false): Extracted {
  const file = new VFile({ path, value: text });
  const raw = extractRequests(file, { wholePage });
  return { raw, messages: file.messages.map((message) => formatMessage(message)) };
}

/**
 * Every place the stage hands out agrees with vfile-location (an index the stage does not use), and
 * every line's text is the page text found at its place.
 */
export function placeProblems(text: string, raw: readonly RawRequest[]): string[] {
  const where = location(text);
  const problems: string[] = [];
  const check = (what: string, place: Place): void => {
    const point = where.toPoint(place.offset);
    if (!point || point.line !== place.line || point.column !== place.column) {
      problems.push(`${what}: ${place.line}:${place.column}@${place.offset} but vfile-location says ${point?.line}:${point?.column}`);
    }
  };
  for (const request of raw) {
    check(`${request.name} annotation`, request.annotation.place);
    const { raw: comment, place } = request.annotation;
    if (!comment.startsWith('<!--') || !comment.endsWith('-->') || text.slice(place.offset, place.offset + comment.length) !== comment) {
      problems.push(`${request.name}: annotation ${JSON.stringify(comment)} is not the page's comment at its place`);
    }
    check(`${request.name} fence`, request.fence.place);
    if (!text.startsWith(request.fence.marker, request.fence.place.offset)) {
      problems.push(`${request.name}: fence place is not at its marker`);
    }
    request.lines.forEach((line, i) => {
      check(`${request.name} line ${i}`, line.place);
      const found = text.slice(line.place.offset, line.place.offset + line.text.length);
      if (found !== line.text) problems.push(`${request.name} line ${i}: text ${JSON.stringify(line.text)} but page has ${JSON.stringify(found)}`);
      if (/[\r\n]/.test(line.text)) problems.push(`${request.name} line ${i}: holds a line ending`);
    });
  }
  return problems;
}
