/**
 * Microsoft's 179 published include files (`../shared/reference-snippets/graph-docs-contrib/<lang>/*.md`),
 * read in place. Every file flagged here was read by hand and is really broken (see the reasons);
 * the list pins exactly which fail, so a rule that starts to pass a broken one, or to fail a sound
 * one, shows up as a diff.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CHECK_LANGUAGES, checkSync, initCheckers, type CheckLanguage, type Verdict } from '../../generator/check/index.js';
import { describeWithShared } from '../support/shared.js';
import { fencedCode } from './seed-snippets.js';

/**
 * The files each language's checker rejects, and why (confirmed by reading each one):
 * - cli: `// THE CLI IS IN PREVIEW` lines (a command in bash), `'{\` + newline bodies (the backslash
 *   stays inside single quotes, so the JSON is invalid), apostrophes ending `'...'` early (`Let's`,
 *   `everyone's`, `'Inbox'`).
 * - go: `result, err :=` never used (declared and not used), `type`/`range` as names, repeated `:=`,
 *   statements inside composite literals, `options :=` in an argument list.
 * - python: models, enums, `GraphServiceClient` or `UUID` used and never imported; a `//` comment;
 *   `ResponseType.None` (a keyword as attribute); a list missing its closing bracket.
 * - javascript: `'endswith(mail,'a@contoso.com')'` and `'/reports/getEmailActivityCounts(period='{period}')'`
 *   (a quote inside '...'), an unquoted text body.
 * - csharp: `var Stream = "..."` without `;`.  java: `property = new ();`.
 * - php: a `use` line without `;`.  powershell: `"$filter"` in a double-quoted query.
 */
const EXPECTED_INVALID: Readonly<Record<CheckLanguage, readonly string[]>> = {
  cli: [
    'add-member-to-group', 'application-addpassword', 'application-removepassword', 'assign-user-customsecurityattribute-string',
    'attachment-createuploadsession-inline', 'create-accessreviewscheduledefinition-inactiveguests-m365', 'create-event-recurring',
    'create-group', 'create-subscription-from-subscriptions', 'create-team', 'create-user-from-users', 'event-accept',
    'get-a-count-endswith', 'group-delta-with-select', 'reportroot-getemailactivitycounts', 'update-event', 'update-group', 'user-sendmail',
  ],
  csharp: ['upload-via-put-id'],
  go: [
    'application-addpassword', 'assign-user-customsecurityattribute-string', 'attachment-createuploadsession-inline',
    'create-accessreviewscheduledefinition-inactiveguests-m365', 'create-event-recurring', 'create-group',
    'create-subscription-from-subscriptions', 'create-team', 'create-user-from-users', 'delete-group', 'event-accept',
    'get-a-count-endswith', 'get-signinname-users', 'get-signinname-users.alt-9f96a150', 'get-users-2', 'group-delta-with-select',
    'update-event', 'update-group', 'update-user', 'user-sendmail',
  ],
  java: ['assign-user-customsecurityattribute-string'],
  javascript: ['get-a-count-endswith', 'reportroot-getemailactivitycounts', 'upload-via-put-id'],
  php: ['attachment-createuploadsession-inline'],
  powershell: ['create-accessreviewscheduledefinition-inactiveguests-m365'],
  python: [
    'add-member-to-group', 'application-removepassword', 'assign-user-customsecurityattribute-string', 'create-event-recurring',
    'create-group', 'create-subscription-from-subscriptions', 'create-team', 'delete-group', 'event-accept', 'get-users-2',
    'reportroot-getemailactivitycounts', 'update-event', 'update-group', 'update-user', 'user-sendmail',
  ],
};

/** checked / valid per language, as found (and confirmed by reading) */
const EXPECTED_COUNTS: Readonly<Record<CheckLanguage, [checked: number, valid: number]>> = {
  csharp: [25, 24],
  go: [24, 4],
  java: [22, 21],
  javascript: [22, 19],
  php: [22, 21],
  powershell: [21, 20],
  python: [22, 7],
  cli: [21, 3],
};

describeWithShared('reference snippets (graph-docs-contrib include files)', ['reference-snippets', 'graph-docs-contrib'], (root) => {
  beforeAll(() => initCheckers());

  const results = new Map<CheckLanguage, { name: string; verdict: Verdict }[]>();
  beforeAll(() => {
    for (const language of CHECK_LANGUAGES) {
      const dir = path.join(root, language);
      results.set(
        language,
        readdirSync(dir)
          .filter((f) => f.endsWith('.md'))
          .sort()
          .map((f) => ({ name: f.replace(/\.md$/, ''), verdict: checkSync(language, fencedCode(readFileSync(path.join(dir, f), 'utf8')).code) })),
      );
    }
    const rows = CHECK_LANGUAGES.map((l) => {
      const r = results.get(l)!;
      return `${l.padEnd(11)} ${String(r.length).padStart(7)} ${String(r.filter((x) => x.verdict.valid).length).padStart(5)}`;
    });
    console.log(['language    checked valid', ...rows].join('\n'));
  });

  test.each([...CHECK_LANGUAGES])('%s: exactly the known-broken files fail', (language) => {
    const invalid = results.get(language)!.filter((r) => !r.verdict.valid).map((r) => r.name).sort();
    expect(invalid).toEqual([...EXPECTED_INVALID[language]].sort());
  });

  test.each([...CHECK_LANGUAGES])('%s: checked/valid counts', (language) => {
    const r = results.get(language)!;
    expect([r.length, r.filter((x) => x.verdict.valid).length]).toEqual(EXPECTED_COUNTS[language]);
  });

  test('every finding has a place inside its snippet', () => {
    for (const [language, list] of results) {
      for (const { name, verdict } of list) {
        const code = fencedCode(readFileSync(path.join(root, language, `${name}.md`), 'utf8')).code.split('\n');
        for (const f of verdict.findings) {
          expect(f.line).toBeGreaterThanOrEqual(1);
          expect(f.line).toBeLessThanOrEqual(code.length);
          expect(f.column).toBeLessThanOrEqual(code[f.line - 1]!.length + 1);
        }
      }
    }
  });
});
