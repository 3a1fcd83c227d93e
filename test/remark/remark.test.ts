import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import snipgen from '../../generator/remark/index.js';

const PAGE = [
  '# Update user',
  '',
  '<!-- { "blockType": "request", "name": "update_user" } -->',
  '',
  '```http',
  'PATCH https://graph.microsoft.com/v1.0/users/{id}',
  'Content-Type: application/json',
  '',
  '{ "displayName": "Megan", "nope": 1 }',
  '```',
  '',
  'After.',
  '',
].join('\n');

async function run(options: Parameters<typeof snipgen>[0]): Promise<VFile> {
  return unified().use(remarkParse).use(snipgen, options).use(remarkStringify).process(new VFile({ path: 'api/user-update.md', value: PAGE }));
}

test('expands an annotated request into tabs with the generated snippets, in a real unified pipeline', async () => {
  const file = await run({ languages: ['python', 'cli'] });
  expect(String(file)).toBe(EXPECTED_DOCS);
  expect(file.messages.map((m) => `${m.line}:${m.column} ${m.source}:${m.ruleId}`)).toEqual(MESSAGES);
});

test('plain tab headings', async () => {
  const file = await run({ languages: ['cli'], tabs: 'plain' });
  expect(String(file)).toBe(EXPECTED_PLAIN);
});

const EXPECTED_DOCS = [
  "# Update user",
  "",
  "<!-- { \"blockType\": \"request\", \"name\": \"update_user\" } -->",
  "",
  "```http",
  "PATCH https://graph.microsoft.com/v1.0/users/{id}",
  "Content-Type: application/json",
  "",
  "{ \"displayName\": \"Megan\", \"nope\": 1 }",
  "```",
  "",
  "# [Python](#tab/python)",
  "",
  "```python",
  "from msgraph import GraphServiceClient",
  "from msgraph.generated.models.user import User",
  "",
  "# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python",
  "request_body = User(",
  "    display_name = \"Megan\",",
  "    additional_data = {",
  "        \"nope\": 1,",
  "    },",
  ")",
  "",
  "result = await graph_client.users.by_user_id(\"id\").patch(request_body)",
  "```",
  "",
  "# [CLI](#tab/cli)",
  "",
  "```bash",
  "mgc users patch --user-id {user-id} --body '{",
  "  \"displayName\": \"Megan\",",
  "  \"nope\": 1",
  "}'",
  "```",
  "",
  "***",
  "",
  "After.",
  "",
].join('\n');
const EXPECTED_PLAIN = [
  "# Update user",
  "",
  "<!-- { \"blockType\": \"request\", \"name\": \"update_user\" } -->",
  "",
  "```http",
  "PATCH https://graph.microsoft.com/v1.0/users/{id}",
  "Content-Type: application/json",
  "",
  "{ \"displayName\": \"Megan\", \"nope\": 1 }",
  "```",
  "",
  "#### CLI",
  "",
  "```bash",
  "mgc users patch --user-id {user-id} --body '{",
  "  \"displayName\": \"Megan\",",
  "  \"nope\": 1",
  "}'",
  "```",
  "",
  "After.",
  "",
].join('\n');
const MESSAGES: string[] = ["9:27 schema:unknown-property"];
