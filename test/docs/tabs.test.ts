import { groupOfRequest, readTabHeading, readTabs } from '../../generator/docs/tabs.js';
import { DOCS_TAB_ORDER } from '../../generator/languages/index.js';

test('a tab heading: any level, anything before the link, the id is the data', () => {
  expect(readTabHeading('# [C#](#tab/csharp)')).toEqual({ level: 1, prefix: '', title: 'C#', id: 'csharp' });
  expect(readTabHeading('# <a name="c"></a>[C#](#tab/csharp)')).toEqual({ level: 1, prefix: '<a name="c"></a>', title: 'C#', id: 'csharp' });
  expect(readTabHeading('### Exemplo [Objetivo-C](#tab/objc)')).toEqual({ level: 3, prefix: 'Exemplo', title: 'Objetivo-C', id: 'objc' });
  expect(readTabHeading('## [Linux](#tab/linux/ubuntu)')?.id).toBe('linux');
  expect(readTabHeading('[C#](#tab/csharp)')).toBeNull();
  expect(readTabHeading('# [C#](#csharp)')).toBeNull();
});

test('the docs tab order is derived from the registry: sorted by title', () => {
  expect(DOCS_TAB_ORDER).toEqual(['csharp', 'cli', 'go', 'java', 'javascript', 'php', 'powershell', 'python']);
});

const PAGE = [
  '---',
  'title: x',
  '---',
  '# <a name="http"></a>[HTTP](#tab/http)',
  '<!-- {',
  '  "blockType": "request",',
  '  "name": "a"',
  '}-->',
  '#### Solicitação',
  '```http',
  'GET https://graph.microsoft.com/v1.0/me',
  '# [not a tab](#tab/csharp)',
  '```',
  '# <a name="c"></a>[C#](#tab/csharp)',
  '[!INCLUDE [sample-code](../includes/snippets/csharp/a-csharp-snippets.md)]',
  '[!INCLUDE [sdk-documentation](../includes/snippets/snippets-sdk-documentation-link.md)]',
  '',
  '# <a name="objective-c"></a>[Objective-C](#tab/objc)',
  '[!INCLUDE [sample-code](../includes/snippets/objc/a-objc-snippets.md)]',
  '',
  '---',
  '',
  '[!INCLUDE [beta](../../includes/beta.md)]',
  '## Next',
  '# [HTTP](#tab/http)',
  '<!-- { "blockType": "request", "name": "b" } -->',
  '```http',
  'GET https://graph.microsoft.com/v1.0/me/messages',
  '```',
  '# [C#](#tab/csharp)',
  '```csharp',
  'var x = 1;',
  '```',
  '#### Response',
  'text',
];

test('groups, tabs and includes of a page (fences and front matter skipped)', () => {
  const tabs = readTabs(PAGE);
  expect(tabs.groups.map((g) => ({ start: g.start, closer: g.closer, end: g.end, tabs: g.tabs.map((t) => `${t.id}:${t.language}:${t.heading}-${t.end}:${t.includes.length}:${t.fences.length}`) }))).toEqual([
    { start: 3, closer: 20, end: 21, tabs: ['http:null:3-13:0:1', 'csharp:csharp:13-17:2:0', 'objc:null:17-20:1:0'] },
    { start: 24, closer: null, end: 33, tabs: ['http:null:24-29:0:1', 'csharp:csharp:29-33:0:1'] },
  ]);
  expect(tabs.includes.map((r) => r.target)).toEqual([
    '../includes/snippets/csharp/a-csharp-snippets.md',
    '../includes/snippets/snippets-sdk-documentation-link.md',
    '../includes/snippets/objc/a-objc-snippets.md',
    '../../includes/beta.md',
  ]);
  const ref = tabs.groups[0]!.tabs[1]!.includes[0]!;
  expect(PAGE[ref.line]!.slice(ref.from, ref.to)).toBe(ref.target);
  expect(groupOfRequest(tabs, PAGE, { annotation: 4, after: 13 })?.inside?.id).toBe('http');
  expect(groupOfRequest(tabs, PAGE, { annotation: 25, after: 29 })?.group.start).toBe(24);
});

test('a repeated tab id starts a new group; a request under a tab that is no HTTP tab ends one', () => {
  const lines = ['# [HTTP](#tab/http)', 'x', '# [C#](#tab/csharp)', 'y', '# [HTTP](#tab/http)', 'z', '# [Go](#tab/go)', '<!-- { "blockType": "request" } -->', '---'];
  expect(readTabs(lines).groups.map((g) => [g.start, g.end, g.tabs.map((t) => t.id).join(',')])).toEqual([
    [0, 4, 'http,csharp'],
    [4, 7, 'http,go'],
  ]);
});

test('a request followed by its group (no HTTP heading) is matched to it', () => {
  const lines = ['<!-- { "blockType": "request", "name": "x" } -->', '```http', 'GET /me', '```', '', '# [C#](#tab/csharp)', '[!INCLUDE [sample-code](x-csharp-snippets.md)]', '---'];
  const tabs = readTabs(lines);
  expect(groupOfRequest(tabs, lines, { annotation: 0, after: 4 })).toEqual({ group: tabs.groups[0], inside: null });
  expect(groupOfRequest(readTabs(lines.slice(0, 5)), lines.slice(0, 5), { annotation: 0, after: 4 })).toBeNull();
});
