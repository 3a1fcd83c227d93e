/**
 * Building `RawRequest` inputs for tests of the `ir` stage without markdown: each line of `text`
 * becomes a `SourceLine` at column 1, the first one on line `firstLine`. Offsets are those of a
 * page whose first `firstLine - 1` lines are empty, so they stay consistent with line and column.
 * The fence is on the line before `firstLine` and the annotation on the one before it (line 1 at least).
 */
import type { RawRequest, SourceLine } from '../../generator/extract/types.js';

export function rawFromText(text: string, file = 'test.md', firstLine = 1): RawRequest {
  const lines: SourceLine[] = [];
  let offset = firstLine - 1;
  // An empty text is a block without lines (` ``` ` directly followed by its closing fence).
  (text === '' ? [] : text.split('\n')).forEach((content, i) => {
    const line = content.replace(/\r$/, '');
    lines.push({ text: line, place: { line: firstLine + i, column: 1, offset } });
    offset += content.length + 1;
  });
  const before = (n: number) => ({ line: Math.max(1, firstLine - n), column: 1, offset: Math.max(0, firstLine - 1 - n) });
  const name = 'test_request';
  return {
    file,
    index: 0,
    name,
    annotation: {
      fields: { blockType: 'request', name },
      raw: `<!-- { "blockType": "request", "name": "${name}" } -->`,
      place: before(2),
      valid: true,
    },
    fence: { lang: 'http', place: before(1), indent: 0, marker: '```', closed: true },
    lines,
  };
}
