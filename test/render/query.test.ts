/**
 * kiota query parameters (generator/render/query.ts): the custom parameters the SDKs declare get
 * the SDK's spelling whatever the docs' case; other custom parameters keep theirs.
 */
import { VFile } from 'vfile';
import { buildRequest } from '../../generator/ir/index.js';
import { kiotaQueryParameters } from '../../generator/render/query.js';
import { rawFromText } from '../support/raw.js';

function parameters(url: string): [string, string][] {
  const text = `GET ${url}`;
  const ir = buildRequest(rawFromText(text), new VFile({ path: 'test.md', value: text }));
  if (ir === null) throw new Error('no request');
  return kiotaQueryParameters(ir.url.query).map((p) => [p.name, p.kind]);
}

test('custom parameters keep the name as written (sdk-request.ts gives the SDK-declared ones their spelling, with a diagnostic)', () => {
  expect(parameters('https://graph.microsoft.com/v1.0/me/calendarView/delta?startdatetime=2025-01-01&ENDDATETIME=2025-01-02&$top=5')).toEqual([
    ['startdatetime', 'custom'],
    ['ENDDATETIME', 'custom'],
    ['top', 'int'],
  ]);
  expect(parameters('https://graph.microsoft.com/v1.0/me/events?tenantFilter=x')).toEqual([['tenantFilter', 'custom']]);
});
