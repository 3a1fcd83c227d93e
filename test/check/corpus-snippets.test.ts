/**
 * Every snippet snipgen makes of the whole shared corpus (v1.0 typed with the shared CSDL, beta
 * with the embedded default) passes the checker: zero invalid snippets. Prints the per-language
 * table (checked / valid / refused because the kiota SDKs lack the builder or method).
 *
 * The floor (a snippet for more than 90% of the requests) counts the requests a target honestly
 * refuses with render:not-in-sdk as accounted for: 36 v1.0 requests name a path or method the
 * SDKs do not have (ir/surface.ts), and printing them gave snippets that do not compile.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkSync, initCheckers } from '../../generator/check/index.js';
import { LANGUAGE_IDS, type LanguageId } from '../../generator/languages/index.js';
import { findPages } from '../../generator/pages.js';
import { processPageText } from '../../generator/pipeline.js';
import { renderSnippet } from '../../generator/render/render.js';
import { table } from '../../generator/summary.js';
import type { Schema } from '../../generator/schema/schema.js';
import { describeWithShared } from '../support/shared.js';
import { embeddedSchema, sharedCsdl } from '../support/typed.js';

describeWithShared('the whole corpus in eight targets passes the checker', ['corpus', 'graph-docs-2020'], (corpus) => {
  test('zero invalid snippets', async () => {
    await initCheckers();
    const csdl = sharedCsdl();
    if (csdl === null) throw new Error('the shared CSDL is missing');
    const beta: Schema = await embeddedSchema('beta');
    const { pages } = await findPages([corpus]);
    const stats = new Map<LanguageId, { requests: number; checked: number; valid: number; notInSdk: number }>(LANGUAGE_IDS.map((l) => [l, { requests: 0, checked: 0, valid: 0, notInSdk: 0 }]));
    const invalid: string[] = [];
    for (const page of pages) {
      const { typed } = processPageText(page, readFileSync(page, 'utf8'), (version) => (version === 'beta' ? beta : csdl));
      for (const request of typed) {
        for (const language of LANGUAGE_IDS) {
          const s = stats.get(language)!;
          s.requests += 1;
          const snippet = renderSnippet(language, request);
          if (snippet.code === null) {
            if (snippet.issues.some((i) => i.ruleId === 'render:not-in-sdk')) s.notInSdk += 1;
            continue;
          }
          s.checked += 1;
          const verdict = checkSync(language, snippet.code);
          if (verdict.valid) s.valid += 1;
          else {
            const first = verdict.findings.find((f) => f.severity === 'error')!;
            invalid.push(`${path.relative(corpus, page)} ${request.name} ${language} ${first.line}:${first.column} ${first.message} [${first.ruleId}]`);
          }
        }
      }
    }
    console.log(
      table([
        ['language', 'requests', 'snippets checked', 'valid', 'not in SDK'],
        ...[...stats].map(([l, s]) => [l, String(s.requests), String(s.checked), String(s.valid), String(s.notInSdk)]),
      ]),
    );
    expect(invalid).toEqual([]);
    for (const s of stats.values()) expect(s.checked + s.notInSdk).toBeGreaterThan(0.9 * s.requests);
  });
});
