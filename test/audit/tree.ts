/**
 * Builds, at run time in a temp dir, a small docs tree from the seeds read in place (never copied
 * into the repo): the page 001 as `api/accessreviewset-post-definitions.md`, with tabs after its
 * first example referencing the Go, CLI, Java and PowerShell snippets of the live page 002 (its
 * first example), and after its fourth example the Python include 000; a second page written here
 * references the Python include 004.
 */
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** The scraped page 002 marks the end of each snippet with this line. */
const END_MARKER = 'For details about how to add the SDK to your project and create an authProvider instance, see the SDK documentation .';
/** …and the first example's C# snippet (the first of its eight) begins with this line. */
const FIRST_SNIPPET = '// Code snippets are only available for the latest version. Current version is 5.x';
/** The order of the tabs in the scraped page. */
const ORDER = ['csharp', 'cli', 'go', 'java', 'javascript', 'php', 'powershell', 'python'] as const;

/** The eight snippets of 002's first example, by language (split at the page's own markers). */
export function splitLivePage(text: string): Record<(typeof ORDER)[number], string> {
  const lines = text.split(/\r?\n/);
  const start = lines.indexOf(FIRST_SNIPPET);
  if (start < 0) throw new Error('002: first snippet marker not found');
  const out: Partial<Record<(typeof ORDER)[number], string>> = {};
  let from = start;
  for (const language of ORDER) {
    const end = lines.indexOf(END_MARKER, from);
    if (end < 0) throw new Error(`002: end marker of ${language} not found`);
    out[language] = lines.slice(from, end).join('\n') + '\n';
    from = end + 1;
  }
  return out as Record<(typeof ORDER)[number], string>;
}

export function includeText(tag: string, code: string): string {
  return `---\ndescription: "Automatically generated file. DO NOT MODIFY"\n---\n\n\`\`\`${tag}\n\n${code}\n\`\`\`\n`;
}

const TABS_EXAMPLE_1 = [
  '',
  '# [Go](#tab/go)',
  '[!INCLUDE [sample-code](../includes/snippets/go/create-accessreviewscheduledefinition-go-snippets.md)]',
  '',
  '# [Java](#tab/java)',
  '[!INCLUDE [sample-code](../includes/snippets/java/create-accessreviewscheduledefinition-java-snippets.md)]',
  '',
  '# [PowerShell](#tab/powershell)',
  '[!INCLUDE [sample-code](../includes/snippets/powershell/create-accessreviewscheduledefinition-powershell-snippets.md)]',
  '',
  '# [CLI](#tab/cli)',
  '[!INCLUDE [sample-code](../includes/snippets/cli/create-accessreviewscheduledefinition-cli-snippets.md)]',
  '',
  '---',
];
const TABS_EXAMPLE_4 = ['', '# [Python](#tab/python)', '[!INCLUDE [sample-code](../includes/snippets/python/create-accessreviewscheduledefinition-group-multistage-python-snippets.md)]', '', '---'];

/** Inserts lines after the closing fence of the C# block that follows the `name` annotation. */
function insertAfterCSharp(lines: string[], name: string, extra: string[]): void {
  const at = lines.findIndex((l) => l.includes(`"name": "${name}"`));
  const open = lines.findIndex((l, i) => i > at && l.startsWith('```csharp'));
  const close = lines.findIndex((l, i) => i > open && l.startsWith('```'));
  lines.splice(close + 1, 0, ...extra);
}

export const POLICY_PAGE = [
  '# Create assignmentPolicy',
  '',
  '# [HTTP](#tab/http)',
  '<!-- {',
  '  "blockType": "request",',
  '  "name": "create_accessPackageAssignmentPolicy"',
  '}-->',
  '```http',
  'POST https://graph.microsoft.com/v1.0/identityGovernance/entitlementManagement/assignmentPolicies',
  'Content-Type: application/json',
  '',
  '{',
  '  "displayName": "policy for external access requests",',
  '  "description": "policy for users from connected organizations to request access, with two stages of approval."',
  '}',
  '```',
  '',
  '# [Python](#tab/python)',
  '[!INCLUDE [sample-code](../includes/snippets/python/create-accesspackageassignmentpolicy-python-snippets.md)]',
  '',
  '---',
  '',
].join('\n');

export async function buildSeedTree(seeds: string): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'snipgen-audit-'));
  const read = async (prefix: string): Promise<string> => {
    const { readdir } = await import('node:fs/promises');
    const name = (await readdir(seeds)).find((n) => n.startsWith(prefix));
    if (!name) throw new Error(`seed ${prefix} missing`);
    return readFile(path.join(seeds, name), 'utf8');
  };
  const page = (await read('001_')).split('\n');
  insertAfterCSharp(page, 'create_accessReviewScheduleDefinition_group_multiStage', TABS_EXAMPLE_4);
  insertAfterCSharp(page, 'create_accessReviewScheduleDefinition', TABS_EXAMPLE_1);
  await mkdir(path.join(root, 'api'), { recursive: true });
  await writeFile(path.join(root, 'api', 'accessreviewset-post-definitions.md'), page.join('\n'));
  await writeFile(path.join(root, 'api', 'accesspackageassignmentpolicy-post.md'), POLICY_PAGE);
  const live = splitLivePage(await read('002_'));
  const put = async (language: string, base: string, text: string): Promise<void> => {
    await mkdir(path.join(root, 'includes', 'snippets', language), { recursive: true });
    await writeFile(path.join(root, 'includes', 'snippets', language, `${base}-${language}-snippets.md`), text);
  };
  await put('go', 'create-accessreviewscheduledefinition', includeText('go', live.go));
  await put('java', 'create-accessreviewscheduledefinition', includeText('java', live.java));
  await put('powershell', 'create-accessreviewscheduledefinition', includeText('powershell', live.powershell));
  await put('cli', 'create-accessreviewscheduledefinition', includeText('bash', live.cli));
  await put('python', 'create-accessreviewscheduledefinition-group-multistage', await read('000_'));
  await put('python', 'create-accesspackageassignmentpolicy', await read('004_'));
  return root;
}
