import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCheck } from '../../generator/commands/check.js';
import { loadSchemas } from '../../generator/commands/schemas.js';
import { LANGUAGES } from '../../generator/languages/index.js';

const PAGE = `# Update a user

<!-- { "blockType": "request", "name": "update_user_phone" } -->
\`\`\`http
PATCH https://graph.microsoft.com/v1.0/users/{user-id}
Content-Type: application/json

{ "mobilePhone": "+1 425 555 0109", "accountEnabled": true }
\`\`\`
`;

describe('snipgen check on docs pages', () => {
  test('the snippets of each request are generated and checked as virtual files', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'snipgen-check-pages-'));
    const page = path.join(dir, 'user-update.md');
    writeFileSync(page, PAGE);
    const run = await runCheck([dir], { schemas: async () => (await loadSchemas()).schemaFor });
    expect(run.files.map((f) => [path.basename(f.path), f.language, f.valid, f.findings])).toEqual(
      LANGUAGES.map((l) => [`user-update.md#update_user_phone.${l.fileExtension}`, l.id, true, []]),
    );
    expect(run.ok).toBe(true);
    const only = await runCheck([page], { languages: ['go'], schemas: async () => (await loadSchemas()).schemaFor });
    expect(only.files.map((f) => path.basename(f.path))).toEqual(['user-update.md#update_user_phone.go']);
  });
});
