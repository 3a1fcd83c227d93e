/**
 * The SDK call plan over the whole shared corpus (v1.0 typed with the shared CSDL, beta with the
 * embedded default), request by request:
 * - the five kiota targets give the same verdict (all print a snippet, or none does), since one
 *   plan decides for all of them; the one exception is a language fact the plan cannot share:
 *   msgraph-sdk for Python types a flags enum as one member, so several flags are refused there;
 * - no target prints a transport header (`Authorization`, `Content-Length`, `Host`,
 *   `Accept-Encoding`: sdk/headers.ts);
 * - the `$id` of a collection `$ref` DELETE is kept by every target that prints the request.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { KIOTA_LANGUAGE_IDS, LANGUAGE_IDS } from '../../generator/languages/index.js';
import { findPages } from '../../generator/pages.js';
import { processPageText } from '../../generator/pipeline.js';
import { refTargetKey } from '../../generator/languages/powershell/view.js';
import { renderSnippet } from '../../generator/render/render.js';
import type { Schema } from '../../generator/schema/schema.js';
import { describeWithShared } from '../support/shared.js';
import { embeddedSchema, sharedCsdl } from '../support/typed.js';

const TRANSPORT = /["'](?:authorization|content-length|host|accept-encoding)["']|--(?:authorization|content-length|host|accept-encoding)\b|^\s*(?:authorization|content-length|host|accept-encoding)\s*=/im;

describeWithShared('the SDK call plan over the shared corpus', ['corpus', 'graph-docs-2020'], (corpus) => {
  test('one verdict for the kiota targets, no transport header, $id kept on $ref deletes', async () => {
    const csdl = sharedCsdl();
    if (csdl === null) throw new Error('the shared CSDL is missing');
    const beta: Schema = await embeddedSchema('beta');
    const { pages } = await findPages([corpus]);
    const disagreements: string[] = [];
    const transport: string[] = [];
    const lostId: string[] = [];
    let requests = 0;
    let withTransportHeaders = 0;
    let refDeletesWithId = 0;
    for (const page of pages) {
      const { typed } = processPageText(page, readFileSync(page, 'utf8'), (version) => (version === 'beta' ? beta : csdl));
      for (const request of typed) {
        requests += 1;
        const where = `${path.relative(corpus, page)}:${request.place.line} ${request.name}`;
        if (request.headers.some((h) => ['authorization', 'content-length', 'host', 'accept-encoding'].includes(h.lowerName))) withTransportHeaders += 1;
        const snippets = new Map(LANGUAGE_IDS.map((l) => [l, renderSnippet(l, request)]));
        for (const [language, s] of snippets) if (s.code !== null && TRANSPORT.test(s.code)) transport.push(`${where} ${language}`);
        const printed = KIOTA_LANGUAGE_IDS.filter((l) => snippets.get(l)!.code !== null);
        if (printed.length > 0 && printed.length < KIOTA_LANGUAGE_IDS.length) {
          const refused = KIOTA_LANGUAGE_IDS.filter((l) => snippets.get(l)!.code === null);
          const pythonFlags = refused.length === 1 && refused[0] === 'python' && snippets.get('python')!.issues.some((i) => /flags/.test(i.message));
          if (!pythonFlags) disagreements.push(`${where}: printed by ${printed.join(',')}; refused by ${refused.map((l) => `${l} (${snippets.get(l)!.issues.filter((i) => i.ruleId !== 'schema:inferred-fact').map((i) => i.message).pop()})`).join(', ')}`);
        }
        const id = request.query.order.find((o) => o.name === '$id');
        if (request.operation === 'ref-remove' && id !== undefined) {
          refDeletesWithId += 1;
          // PowerShell removes the item's link (`…DirectoryObjectByRef -DirectoryObjectId`): the key the URL names is kept,
          // as a literal, or as a variable named by the URL's own placeholder (`{user-id}` → `$userId`)
          const key = refTargetKey(id.value);
          const placeholderVariable = (placeholder: string): string =>
            placeholder.replace(/^\{|\}$/g, '').split(/[-_]/).map((w, i) => (i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : w.charAt(0).toUpperCase() + w.slice(1))).join('');
          const keeps = (language: string, code: string): boolean =>
            code.includes(id.value) ||
            (language === 'powershell' && (/^\{.*\}$/.test(key) ? new RegExp(`ByRef -.* -\\w+Id \\$${placeholderVariable(key)}\\b`).test(code) : code.includes(`'${key}'`)));
          for (const [language, s] of snippets) if (s.code !== null && !keeps(language, s.code)) lostId.push(`${where} ${language}`);
        }
      }
    }
    console.log(`${requests} requests; ${withTransportHeaders} set a transport header; ${refDeletesWithId} $ref deletes with $id`);
    expect(requests).toBeGreaterThan(1800);
    expect(disagreements).toEqual([]);
    expect(transport).toEqual([]);
    expect(lostId).toEqual([]);
  });
});
