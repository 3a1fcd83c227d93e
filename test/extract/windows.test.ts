import { planWindows } from '../../generator/extract/windows.js';
import { indexPage, placeAt } from '../../generator/extract/text.js';

const plan = (lines: string[]) => planWindows(indexPage(lines.join('\n')));

describe('indexPage / placeAt', () => {
  test('lines end at LF, CRLF or a lone CR; columns count characters (a BOM and a tab are one each)', () => {
    const page = indexPage('\ufeffa\r\nb\rc\n\td');
    expect(page.starts).toEqual([0, 4, 6, 8]);
    expect(page.ends).toEqual([2, 5, 7, 10]);
    expect(page.bom).toBe(1);
    expect(placeAt(page, 1)).toEqual({ line: 1, column: 2, offset: 1 });
    expect(placeAt(page, 9)).toEqual({ line: 4, column: 2, offset: 9 });
    expect(placeAt(page, 99)).toEqual({ line: 4, column: 3, offset: 10 });
  });

  test('a page ending with a line ending has an empty last line', () => {
    expect(indexPage('a\n').starts).toEqual([0, 2]);
  });
});

describe('planWindows', () => {
  test('a page without request annotations needs no window', () => {
    expect(plan(['# Title', '', '<!-- { "blockType": "ignored" } -->', '```http', 'GET /x', '```'])).toEqual([]);
  });

  test('a window runs from the cut line before the annotation to the next fence opening', () => {
    const lines = [
      '# Title', //               0
      '',
      'Prose.', //                2: cut
      '',
      '### Request', //           4: cut
      '<!-- {', //                5
      '  "blockType": "request"', // 6: anchor
      '}-->',
      '```http', //               8: fence
      'GET /me',
      '```',
      '',
      'More prose.', //           12: cut
    ];
    expect(plan(lines)).toEqual([{ start: 4, end: 9, tail: { open: 8, close: 10, indent: 0 } }]);
  });

  test('annotation examples inside a fence are not anchors', () => {
    expect(plan(['```markdown', '<!-- { "blockType": "request" } -->', '```'])).toEqual([]);
  });

  test('two annotations before one fence share a window; an annotation with no fence runs to the end', () => {
    expect(plan(['<!-- { "blockType": "request" } -->', '', 'x', '', '<!-- { "blockType": "request" } -->', '```http', 'GET /', '```'])).toEqual([
      { start: 0, end: 6, tail: { open: 5, close: 7, indent: 0 } },
    ]);
    expect(plan(['text', '', '<!-- { "blockType": "request" } -->', '', 'no fence'])).toEqual([{ start: 2, end: 5 }]);
  });

  test('a list-item fence keeps its indentation; an unclosed fence has no close line', () => {
    expect(plan(['- item', '  <!-- { "blockType": "request" } -->', '  ```http', '  GET /'])).toEqual([
      { start: 0, end: 3, tail: { open: 2, close: undefined, indent: 2 } },
    ]);
  });

  test.each([
    ['a fence behind a list marker', ['<!-- { "blockType": "request" } -->', '- ```http', '  GET /', '  ```']],
    ['a fence in a blockquote', ['> <!-- { "blockType": "request" } -->', '> ```http', '> GET /', '> ```']],
    ['a tab-indented fence', ['- a', '\t<!-- { "blockType": "request" } -->', '\t```http', '\tGET /', '\t```']],
    ['a fence indented 4 or more', ['1.  a', '    ```http', '    GET /', '    ```']],
    ['an indented fence whose content dedents (it may end with its list item)', ['- a', '  ```http', 'GET /', '  ```']],
    ['an inline comment left open', ['text <!-- {', '"blockType": "request" } -->']],
    ['a fence inside an HTML block', ['<div>', '```http', 'GET /', '```']],
    ['HTML behind a list marker', ['- <pre>', '  <!-- { "blockType": "request" } -->', '  ```http', '  GET /', '  ```', '  </pre>']],
    ['an HTML declaration', ['<!DOCTYPE html>', '<!-- { "blockType": "request" } -->']],
  ])('gives up on %s', (_, lines) => {
    expect(plan(lines)).toBeNull();
  });

  test('a comment spanning lines hides its fences and headings from the scan', () => {
    expect(plan(['<!--', '', '# Not a cut', '```http', '-->', '', 'x', '<!-- { "blockType": "request" } -->', '```http', 'GET /', '```'])).toEqual([
      { start: 6, end: 9, tail: { open: 8, close: 10, indent: 0 } },
    ]);
  });
});
