/**
 * sdk/raw-url.ts: the URL a builder chain addresses, and the one SDK whose builders send it wrong
 * (the Python SDK's std-uritemplate drops the commas between a function's arguments) given the
 * whole URL instead, with the query options in it. The run (`verify --run`) proves the Python
 * snippets send the documented request; these pin the URL text.
 */
import { VFile } from 'vfile';
import { buildRequest } from '../../generator/ir/index.js';
import { resolveRequest } from '../../generator/ir/resolve.js';
import type { TypedRequest } from '../../generator/ir/typed.js';
import type { Schema } from '../../generator/schema/schema.js';
import { planSdkCall, type SdkPlan } from '../../generator/sdk/plan.js';
import { chainPath, rawUrlCall } from '../../generator/sdk/raw-url.js';
import { rawFromText } from '../support/raw.js';
import { embeddedSchema } from '../support/typed.js';

let v1: Schema;
beforeAll(async () => {
  v1 = await embeddedSchema('v1.0');
});

function typed(text: string): TypedRequest {
  const file = new VFile({ path: 'test.md', value: text });
  const ir = buildRequest(rawFromText(text), file);
  if (ir === null) throw new Error('no request');
  return resolveRequest(ir, v1, file);
}

function plan(text: string): SdkPlan {
  const planned = planSdkCall(typed(text), 'python');
  if (!planned.ok) throw new Error(planned.issues.map((i) => i.message).join('; '));
  return planned.plan;
}

describe('chainPath: the URL the builders address', () => {
  test('a function with parameters: the schema names, strings quoted, the comma kept', () => {
    expect(chainPath(plan("GET https://graph.microsoft.com/v1.0/me/reminderView(startDateTime='2025-04-01T09:00:00',endDateTime='2025-04-02T18:00:00')").chain)).toBe(
      "/me/reminderView(StartDateTime='2025-04-01T09:00:00',EndDateTime='2025-04-02T18:00:00')",
    );
  });

  test('the drive rewrite, keys as the indexers take them, a function without parameters with its parentheses, numbers bare', () => {
    expect(chainPath(plan('GET https://graph.microsoft.com/v1.0/me/drive/items/01ABC/workbook/names/total/range/cell(row=5,column=6)').chain)).toBe(
      '/drives/drive-id/items/01ABC/workbook/names/total/range()/cell(row=5,column=6)',
    );
  });

  test("a quote in a string argument is doubled; '/', '?', '#', '%' and '+' are percent-encoded", () => {
    expect(chainPath(plan("GET https://graph.microsoft.com/v1.0/me/reminderView(startDateTime='a''b/c?d#e',endDateTime='2025-04-02T18:00:00+02:00')").chain)).toBe(
      "/me/reminderView(StartDateTime='a''b%2Fc%3Fd%23e',EndDateTime='2025-04-02T18:00:00%2B02:00')",
    );
  });
});

describe('rawUrlCall', () => {
  const reminders = "GET https://graph.microsoft.com/v1.0/me/reminderView(startDateTime='2025-04-01T09:00:00',endDateTime='2025-04-02T18:00:00')?$top=2&$filter=eventSubject eq 'a&b'";

  test('Python, a function with two parameters: the whole URL with its query options, and why', () => {
    const call = rawUrlCall(plan(reminders), 'python', 'Python');
    expect(call?.url).toBe("/me/reminderView(StartDateTime='2025-04-01T09:00:00',EndDateTime='2025-04-02T18:00:00')?$top=2&$filter=eventSubject eq 'a%26b'");
    expect(call?.issue.ruleId).toBe('render:sdk-url-defect');
    expect(call?.issue.message).toMatch(/^Python: std-uritemplate 2\.0\.12, .* reminderView\(StartDateTime=…EndDateTime=…\), which Graph rejects: the snippet passes the whole URL to with_url/);
  });

  test('the other kiota SDKs keep the comma; a function with one parameter has none to drop', () => {
    for (const target of ['csharp', 'go', 'java', 'php']) expect(rawUrlCall(plan(reminders), target, target)).toBeNull();
    expect(rawUrlCall(plan("GET https://graph.microsoft.com/v1.0/reports/getEmailActivityCounts(period='D7')"), 'python', 'Python')).toBeNull();
  });
});
