import { looksLikeJson, parseJson, type JsonResult } from '../../generator/ir/json.js';
import { joinLines } from '../../generator/ir/source.js';
import { rawFromText } from '../support/raw.js';
import { place } from './support.js';

/** Parses a body given as lines starting on line 1 (offsets as `rawFromText` makes them). */
function json(text: string): JsonResult {
  const source = joinLines(rawFromText(text).lines);
  return parseJson(source.text, source.locate);
}

/** Problems as `line:column rule` for compact exact expectations. */
function problems(text: string): string[] {
  const source = joinLines(rawFromText(text).lines);
  const result = parseJson(source.text, source.locate);
  return result.problems.map((p) => {
    const at = source.locate(p.index);
    return `${at.line}:${at.column} ${p.ruleId} ${p.reason}`;
  });
}

describe('tolerant JSON with places', () => {
  test('strict JSON: every key and value has its place; numbers keep their raw text', () => {
    expect(json('{\n  "a": 1.50,\n  "b": [true, null, "x"],\n  "big": 9007199254740993\n}')).toEqual({
      value: {
        kind: 'object',
        entries: [
          { key: 'a', keyPlace: place(2, 3, 4), value: { kind: 'number', value: 1.5, raw: '1.50', place: place(2, 8, 9) } },
          {
            key: 'b',
            keyPlace: place(3, 3, 17),
            value: {
              kind: 'array',
              items: [
                { kind: 'boolean', value: true, place: place(3, 9, 23) },
                { kind: 'null', place: place(3, 15, 29) },
                { kind: 'string', value: 'x', place: place(3, 21, 35) },
              ],
              place: place(3, 8, 22),
            },
          },
          {
            key: 'big',
            keyPlace: place(4, 3, 43),
            value: { kind: 'number', value: 9007199254740992, raw: '9007199254740993', place: place(4, 10, 50) },
          },
        ],
        place: place(1, 1, 0),
      },
      strict: true,
      problems: [],
      failure: null,
    });
  });

  test('hostile strings: \\u00e9, \\", \\\\, \\/, surrogate pairs, control escapes', () => {
    const result = json('{"s": "caf\\u00e9 \\"q\\" back\\\\slash \\/ \\ud83d\\ude00 \\n\\t end */ ?> ${x} `"}');
    expect(result.strict).toBe(true);
    expect(result.value).toEqual({
      kind: 'object',
      entries: [
        {
          key: 's',
          keyPlace: place(1, 2, 1),
          value: { kind: 'string', value: 'café "q" back\\slash / 😀 \n\t end */ ?> ${x} `', place: place(1, 7, 6) },
        },
      ],
      place: place(1, 1, 0),
    });
  });

  test('invalid escapes are reported at the backslash and the character kept', () => {
    const result = json('{"a": "x\\qy \\u12G4"}');
    expect(result.value).toMatchObject({ entries: [{ value: { kind: 'string', value: 'xqy u12G4' } }] });
    expect(result.strict).toBe(false);
    expect(problems('{"a": "x\\qy \\u12G4"}')).toEqual([
      "1:9 ir:json-invalid-escape '\\q' is not a JSON escape: 'q' kept",
      "1:13 ir:json-invalid-escape '\\u12G4' is not a JSON escape: 'u' kept",
    ]);
  });

  test('trailing commas, doubled commas, missing commas', () => {
    expect(problems('{\n  "a": 1,,\n  "b": [1, 2,]\n  "c": 3,\n}')).toEqual([
      '2:10 ir:json-extra-comma extra comma in object',
      "3:13 ir:json-extra-comma trailing comma before ']'",
      "4:3 ir:json-missing-comma ',' is missing before this member",
      "4:9 ir:json-extra-comma trailing comma before '}'",
    ]);
    expect(json('{"a": 1, "b": [1, 2,], "c": 3,}').value).toMatchObject({
      entries: [{ key: 'a' }, { key: 'b', value: { items: [{ raw: '1' }, { raw: '2' }] } }, { key: 'c' }],
    });
  });

  test('single quotes and unquoted keys (the OneNote and synchronization pages)', () => {
    expect(json("[{'target':'#para-id', action: 'insert'}]")).toEqual({
      value: {
        kind: 'array',
        items: [
          {
            kind: 'object',
            entries: [
              { key: 'target', keyPlace: place(1, 3, 2), value: { kind: 'string', value: '#para-id', place: place(1, 12, 11) } },
              { key: 'action', keyPlace: place(1, 24, 23), value: { kind: 'string', value: 'insert', place: place(1, 32, 31) } },
            ],
            place: place(1, 2, 1),
          },
        ],
        place: place(1, 1, 0),
      },
      strict: false,
      problems: [
        { ruleId: 'ir:json-single-quotes', reason: 'string in single quotes', index: 2 },
        { ruleId: 'ir:json-single-quotes', reason: 'string in single quotes', index: 11 },
        { ruleId: 'ir:json-unquoted-key', reason: "key 'action' is not quoted", index: 23 },
        { ruleId: 'ir:json-single-quotes', reason: 'string in single quotes', index: 31 },
      ],
      failure: null,
    });
  });

  test('// and /* */ comments are dropped and reported', () => {
    expect(problems('{\n  "a": "x", //template id\n  /* note */ "b": 2 // end\n}')).toEqual([
      '2:13 ir:json-comment comment in JSON',
      '3:3 ir:json-comment comment in JSON',
      '3:21 ir:json-comment comment in JSON',
    ]);
  });

  test('... ellipsis lines and values drop the elided member or item', () => {
    const text = '{\n  "a": 1,\n  ...\n  "b": ...,\n  "c": [1, ...]\n}';
    expect(json(text).value).toMatchObject({ entries: [{ key: 'a' }, { key: 'c', value: { items: [{ raw: '1' }] } }] });
    expect(problems(text)).toEqual([
      "3:3 ir:json-ellipsis '...' stands for elided members: dropped",
      "4:8 ir:json-ellipsis '...' stands for the value of 'b': member dropped",
      "5:12 ir:json-ellipsis '...' stands for elided items: dropped",
    ]);
  });

  test('a string with ..... inside is just a string', () => {
    expect(json('{"contentData": "UmVjZWl2ZWQ6.....", "n": 1}').strict).toBe(true);
  });

  test('bare words, misspelled literals, loose numbers, missing colon', () => {
    const text = '{"status": String, "t": True, "n": +1, "h": .5, "z": 007, "x" 1, "u": undefined}';
    expect(json(text).value).toMatchObject({
      entries: [
        { key: 'status', value: { kind: 'string', value: 'String' } },
        { key: 't', value: { kind: 'boolean', value: true } },
        { key: 'n', value: { kind: 'number', value: 1, raw: '+1' } },
        { key: 'h', value: { kind: 'number', value: 0.5, raw: '.5' } },
        { key: 'z', value: { kind: 'number', value: 7, raw: '007' } },
        { key: 'x', value: { kind: 'number', value: 1, raw: '1' } },
        { key: 'u', value: { kind: 'null' } },
      ],
    });
    expect(problems(text)).toEqual([
      "1:12 ir:json-unquoted-value bare word 'String' read as a string",
      "1:25 ir:json-invalid-literal 'True' is not a JSON literal: read as true",
      "1:36 ir:json-invalid-number '+1' is not a JSON number",
      "1:45 ir:json-invalid-number '.5' is not a JSON number",
      "1:54 ir:json-invalid-number '007' is not a JSON number",
      "1:63 ir:json-missing-colon ':' is missing after key 'x'",
      "1:71 ir:json-invalid-literal 'undefined' is not a JSON literal: read as null",
    ]);
  });

  test('an unquoted date value is one bare word, not a number followed by garbage', () => {
    expect(json('{"d": 2017-01-01}').value).toMatchObject({ entries: [{ value: { kind: 'string', value: '2017-01-01' } }] });
  });

  test('unterminated strings, raw tabs, unclosed containers, trailing content, duplicate keys', () => {
    expect(problems('{\n  "a": "no end,\n  "b": "tab\there",\n  "a": [1\n')).toEqual([
      "1:1 ir:json-unclosed object is not closed: '}' is missing",
      '2:8 ir:json-unterminated-string string is not closed before the end of the line',
      "3:3 ir:json-missing-comma ',' is missing before this member",
      '3:12 ir:json-control-character raw control character U+0009 in string',
      "4:3 ir:json-duplicate-key key 'a' appears twice in this object",
      "4:8 ir:json-unclosed array is not closed: ']' is missing",
    ]);
    expect(problems('{"a": 1} trailing words')).toEqual(["1:10 ir:json-trailing-content text after the JSON value is ignored: 'trailing words'"]);
  });

  test('a duplicate key alone keeps the body strict', () => {
    const result = json('{"a": 1, "a": 2}');
    expect([result.strict, result.problems.map((p) => p.ruleId)]).toEqual([true, ['ir:json-duplicate-key']]);
  });

  test('what is not JSON fails instead of being forced into a value', () => {
    expect(json('{"a": <bytes>}')).toMatchObject({
      value: null,
      strict: false,
      failure: { ruleId: 'ir:body-not-json', reason: "unexpected '<' where a JSON value is expected", index: 6 },
    });
    expect(json('{"a": 1]').failure).toMatchObject({ reason: "']' does not close the open '{'", index: 7 });
  });

  test('looksLikeJson tells JSON from bracketed prose', () => {
    expect(
      ['{"a":1}', '[1]', '{ a: 1 }', '{}', '[]', '{ // c\n}', '[binary data]', '{bytes}', '<bytes>', 'text', '---boundary', '{\n  ...\n}'].map(looksLikeJson),
    ).toEqual([true, true, true, true, true, true, false, false, false, false, false, true]);
  });
});
