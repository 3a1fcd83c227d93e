/**
 * The seed page (`001_*`, a Graph docs page) and its pt-BR translation (`003_*`), read in place:
 * their request examples, pinned by name, place, size and selected lines.
 */
import { readFileSync } from 'node:fs';
import { sharedPath } from '../support/shared.js';
import { extract, placeProblems } from './support.js';

const ENGLISH = sharedPath('seeds', '001_4bf6b5f5e1c5dd5b.txt');
const PORTUGUESE = sharedPath('seeds', '003_61f889b04d41bd75.txt');
const POST_LINE = 'POST https://graph.microsoft.com/beta/identityGovernance/accessReviews/definitions';

/** name, annotation line, fence line, number of lines between the fences, last line. */
type Row = [string, number, number, number, string];

function rows(path: string): { rows: Row[]; messages: string[]; problems: string[]; firsts: string[]; lines: string[][] } {
  const text = readFileSync(path, 'utf8');
  const { raw, messages } = extract('seed.md', text);
  return {
    rows: raw.map((r) => [r.name, r.annotation.place.line, r.fence.place.line, r.lines.length, r.lines.at(-1)?.text ?? '']),
    messages,
    problems: placeProblems(text, raw),
    firsts: raw.map((r) => `${r.lines[0]?.place.line}:${r.lines[0]?.place.column} ${r.lines[0]?.text}`),
    lines: raw.map((r) => r.lines.map((line) => line.text)),
  };
}

(ENGLISH && PORTUGUESE ? describe : describe.skip)('seed pages', () => {
  const english = ENGLISH ? rows(ENGLISH) : undefined;
  const portuguese = PORTUGUESE ? rows(PORTUGUESE) : undefined;

  test('001: five request examples; the ignored syntax block and the responses are skipped', () => {
    expect(english!.rows).toEqual<Row[]>([
      ['create_accessReviewScheduleDefinition', 76, 80, 38, '}'],
      ['create_accessReviewScheduleDefinition_inactiveguests_M365', 264, 268, 52, '}'],
      ['create_accessReviewScheduleDefinition_allusers_M365_AADRole', 496, 500, 65, '}'],
      ['create_accessReviewScheduleDefinition_group_multiStage', 718, 722, 66, ''],
      ['create_accessReviewScheduleDefinition_insights', 962, 966, 42, '}'],
    ]);
    expect(english!.firsts).toEqual([81, 269, 501, 723, 967].map((line) => `${line}:1 ${POST_LINE}`));
    expect(english!.messages).toEqual([]);
    expect(english!.problems).toEqual([]);
  });

  test('001: the body lines are the page lines, indentation and all', () => {
    expect(english!.lines[0]!.slice(0, 6)).toEqual([
      POST_LINE,
      'Content-type: application/json',
      '',
      '{',
      '  "displayName": "Test create",',
      '  "descriptionForAdmins": "New scheduled access review",',
    ]);
  });

  test('003 (pt-BR): the translation is older and has the first four examples only, at its own lines', () => {
    expect(portuguese!.rows).toEqual<Row[]>([
      ['create_accessReviewScheduleDefinition', 80, 84, 38, '}'],
      ['create_accessReviewScheduleDefinition_inactiveguests_M365', 229, 233, 52, '}'],
      ['create_accessReviewScheduleDefinition_allusers_M365_AADRole', 406, 410, 65, '}'],
      ['create_accessReviewScheduleDefinition_group_multiStage', 593, 597, 71, ''],
    ]);
    expect(portuguese!.messages).toEqual([]);
    expect(portuguese!.problems).toEqual([]);
  });

  test('003: its first three requests are word for word those of 001 (translated prose, same requests)', () => {
    expect(portuguese!.lines.slice(0, 3)).toEqual(english!.lines.slice(0, 3));
    expect(portuguese!.lines[3]).not.toEqual(english!.lines[3]);
  });
});
