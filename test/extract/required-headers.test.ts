import { VFile } from 'vfile';
import { documentedRequiredHeaders, extractRequests } from '../../generator/extract/extract.js';

describe('documentedRequiredHeaders: the request headers a page documents as required', () => {
  test('a header row saying Required counts; Authorization, optional and not-required rows do not', () => {
    const page = [
      '## Optional request headers',
      '| Name | Description |',
      '|:-----|:------------|',
      '| Authorization | Bearer {token}. Required. |',
      '| If-Match | Last known ETag value for the **plannerTask** to be updated. Required.|',
      '| `Prefer` | return=representation. Optional. |',
      '| ConsistencyLevel | eventual. Not required unless $search is used. |',
      '| Content-Type | application/json. Required. |',
    ].join('\n');
    expect(documentedRequiredHeaders(page)).toEqual(['if-match', 'content-type']);
  });

  test('a property table is not a header table: a name without a hyphen is no header', () => {
    const page = ['| Property | Type | Description |', '|---|---|---|', '| displayName | String | Required. |', '| title | String | Required |'].join('\n');
    expect(documentedRequiredHeaders(page)).toEqual([]);
  });

  test('each request of the page carries them; a page without such a table carries none', () => {
    const request = ['<!-- { "blockType": "request", "name": "r" } -->', '```http', 'PATCH https://graph.microsoft.com/v1.0/planner/tasks/1', 'If-Match: W/"x"', '', '{}', '```'];
    const withTable = new VFile({ path: 'a.md', value: ['| Name | Description |', '|---|---|', '| If-Match | ETag. Required. |', '', ...request].join('\n') });
    expect(extractRequests(withTable)[0]?.requiredHeaders).toEqual(['if-match']);
    const without = new VFile({ path: 'b.md', value: request.join('\n') });
    expect(extractRequests(without)[0]?.requiredHeaders).toBeUndefined();
  });
});
