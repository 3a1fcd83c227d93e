/**
 * The five access-review request examples of the seed page `001_*` (read in place, never
 * copied): every target renders each of them, every snippet passes the checker, and the values
 * the page is known for get their real types (Edm.Date, Int32, enums, the derived scope type).
 * The seed's URLs are beta: they are typed with the embedded beta model, as `snipgen generate`
 * types them (one of them uses `backupReviewers`, which only beta has).
 */
import { readFileSync } from 'node:fs';
import { checkSync, initCheckers } from '../../generator/check/index.js';
import { processPageText } from '../../generator/pipeline.js';
import { LANGUAGE_IDS } from '../../generator/languages/index.js';
import { renderSnippet } from '../../generator/render/render.js';
import { describeWithShared } from '../support/shared.js';
import type { Schema } from '../../generator/schema/schema.js';
import { embeddedSchema } from '../support/typed.js';

describeWithShared('seed 001: the access-review examples in eight targets', ['seeds', '001_4bf6b5f5e1c5dd5b.txt'], (seed) => {
  let beta: Schema;
  beforeAll(async () => {
    await initCheckers();
    beta = await embeddedSchema('beta');
  });

  const typedRequests = () => processPageText('seeds/001.md', readFileSync(seed, 'utf8'), () => beta).typed;

  test('five requests, all resolved against the schema', () => {
    const typed = typedRequests();
    expect(typed.map((t) => [t.method, t.operation, t.resolved])).toEqual(Array.from({ length: 5 }, () => ['POST', 'create', true]));
  });

  test.each(LANGUAGE_IDS.map((l) => [l]))('%s: every example renders and passes the checker', (language) => {
    for (const request of typedRequests()) {
      const snippet = renderSnippet(language, request);
      expect([request.name, snippet.code === null ? snippet.issues : 'rendered']).toEqual([request.name, 'rendered']);
      expect([request.name, checkSync(language, snippet.code!).findings.filter((f) => f.severity === 'error')]).toEqual([request.name, []]);
    }
  });

  test('the first example keeps the types the published snippets got wrong', () => {
    const [first] = typedRequests();
    const code = (language: (typeof LANGUAGE_IDS)[number]) => renderSnippet(language, first!).code ?? '';
    // Edm.Date from a date-time value: a date, never LocalDate.parse of a date-time nor a bare Go literal
    expect(code('python')).toContain('start_date = date(2020, 9, 8),');
    expect(code('python')).toContain('from msgraph_beta.generated.models.recurrence_pattern_type import RecurrencePatternType');
    expect(code('java')).toContain('LocalDate.of(2020, 9, 8)');
    expect(code('csharp')).toContain('StartDate = new Date(2020, 9, 8),');
    // Int32 and enums, and no Go keyword as a variable
    expect(code('go')).toContain('instanceDurationInDays := int32(1)');
    expect(code('go')).toContain('graphmodels.WEEKLY_RECURRENCEPATTERNTYPE');
    expect(code('go')).not.toMatch(/^\s*(type|range) :=/m);
    // the derived scope type from @odata.type
    expect(code('csharp')).toContain('Scope = new AccessReviewQueryScope');
    expect(code('php')).toContain('$scope = new AccessReviewQueryScope();');
  });
});
