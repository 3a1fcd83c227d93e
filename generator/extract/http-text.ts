/**
 * A request given as bare HTTP text (`snipgen batch`, the playground) instead of a markdown page:
 * each line becomes a `SourceLine` at column 1 of the text's own lines, so diagnostics point into
 * the text as given.
 */
import type { RawRequest, SourceLine } from './types.js';

export function rawRequestFromHttpText(text: string, file: string, name: string): RawRequest {
  const lines: SourceLine[] = [];
  let offset = 0;
  const parts = text === '' ? [] : text.split('\n');
  parts.forEach((content, i) => {
    lines.push({ text: content.replace(/\r$/, ''), place: { line: i + 1, column: 1, offset } });
    offset += content.length + 1;
  });
  const start = { line: 1, column: 1, offset: 0 };
  return {
    file,
    index: 0,
    name,
    annotation: { fields: { blockType: 'request', name }, raw: '', place: start, valid: true },
    fence: { lang: 'http', place: start, indent: 0, marker: '```', closed: true },
    lines,
  };
}
