import { readLenientObject } from '../../generator/extract/lenient-json.js';
import { parseAnnotation } from '../../generator/extract/annotation.js';

/** [input, recovered fields, problems as `index reason`] */
const CASES: [string, Record<string, unknown>, string[]][] = [
  [' { "blockType": "request", "name": "a" } ', { blockType: 'request', name: 'a' }, []],
  ['{ "blockType": "request", "name": "a", }', { blockType: 'request', name: 'a' }, ['37 trailing comma']],
  ["{ 'blockType': 'request' }", { blockType: 'request' }, ['2 single-quoted string', '15 single-quoted string']],
  ['{ blockType: "request", isComposable: true }', { blockType: 'request', isComposable: true }, ['2 unquoted key blockType', '24 unquoted key isComposable']],
  ['{\n  "blockType": "request"\n  "name": "b"\n}', { blockType: 'request', name: 'b' }, ["29 missing ',' before '\"'"]],
  ['blockType: request', { blockType: 'request' }, ["0 expected '{' but found 'b'", '0 unquoted key blockType', '11 unquoted value request']],
  ['{ "blockType": "request", "name": "c" ', { blockType: 'request', name: 'c' }, ["38 missing '}' at the end of the annotation"]],
  ['{ "blockType" = "request" }', { blockType: 'request' }, ["14 '=' instead of ':'"]],
  ['{ "blockType": "request" // why\n}', { blockType: 'request' }, ['25 comments are not allowed in JSON']],
  ['{ \u201cname\u201d: \u201cd\u201d }', { name: 'd' }, ['2 curly quotes around a string', '10 curly quotes around a string']],
  ['{ "sampleKeys": ["a", "b",], "n": 1.5e2, "x": null }', { sampleKeys: ['a', 'b'], n: 150, x: null }, ['25 trailing comma']],
  ['{ "name": "unterminated }', { name: 'unterminated }' }, ['25 unterminated string', "25 missing '}' at the end of the annotation"]],
  ['{ "a": 1 } trailing', { a: 1 }, ["11 unexpected 't' after the object"]],
  ['[1, 2]', {}, ["0 expected '{' but found '['", "0 unexpected '['", "1 unexpected '1'", '2 extra comma', "4 unexpected '2'", "5 unexpected ']'"]],
  ['', {}, ["0 expected '{' but found end of comment"]],
];

describe('readLenientObject', () => {
  test.each(CASES)('%j', (input, fields, problems) => {
    const result = readLenientObject(input);
    expect(result.fields).toEqual(fields);
    expect(result.problems.map((p) => `${p.index} ${p.reason}`)).toEqual(problems);
  });

  test('valid JSON keeps key order and every value type', () => {
    const result = readLenientObject('{"z":1,"a":[true,false,null],"@odata.type":"#x","o":{"k":"v"}}');
    expect(Object.keys(result.fields)).toEqual(['z', 'a', '@odata.type', 'o']);
    expect(result.problems).toEqual([]);
  });

  test('never throws on hostile input', () => {
    for (const input of ['{', '}', '{{{{', '"', "'", '{"a":', '{"a" "b"}', '{,,,}', '\u0000', '{"a": [}', '/*', '{"\\u12"}']) {
      expect(() => readLenientObject(input)).not.toThrow();
    }
  });
});

describe('parseAnnotation: the block type survives broken JSON', () => {
  test.each([
    [' { "blockType": "request" } ', 'request'],
    [' { "blockType": "Request" } ', 'request'],
    [" { 'blockType': 'ignored', } ", 'ignored'],
    [' {"blockType": "response" "name": "x"} ', 'response'],
    [' blockType: request ', 'request'],
    [' { "blockType": request, "name": [ } ', 'request'],
    [' { "blockType": } ', undefined],
    [' { "name": "x" } ', undefined],
  ])('%j → %s', (body, blockType) => {
    expect(parseAnnotation(body).blockType).toBe(blockType);
  });
});
