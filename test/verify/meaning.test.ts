/**
 * The meaning check of `verify --run` without any SDK: the comparison of a sent request with the
 * docs example (typed IR from golden cases), and the capturing server. It must be able to fail:
 * a changed body value, a dropped query option and a wrong method are each caught.
 */
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { cannedResponse, startCapture, TAG_HEADER } from '../../generator/verify/capture.js';
import { compareRequests, placeFinding, type AnnouncedRewrite, type Expectation, type SentRequest } from '../../generator/verify/meaning.js';
import { goldenExpectation } from '../../generator/commands/verify-meaning.js';
import type { TypedRequest } from '../../generator/ir/typed.js';
import { REPO_ROOT } from '../support/shared.js';

const CASES = path.join(REPO_ROOT, 'test', 'cases');
const typed = (c: string): TypedRequest => JSON.parse(readFileSync(path.join(CASES, c, 'typed.json'), 'utf8')) as TypedRequest;
const json = (v: unknown): Buffer => Buffer.from(JSON.stringify(v));

const PATCH_EVENT: Expectation = { request: typed('calendar/update-event-if-match'), rawUrl: 'https://graph.microsoft.com/v1.0/me/events/{event-id}', announced: [] };
const PATCH_BODY = { subject: 'Pottery class (room change)', location: { displayName: 'Annex, room 2' }, categories: [], isAllDay: false };
const patchSent = (over: Partial<SentRequest> = {}): SentRequest => ({
  method: 'PATCH',
  target: '/v1.0/users/event-id/../me/events/event-id'.replace('/users/event-id/..', ''),
  headers: { 'if-match': 'W/"Xq0aR1x2kEqN3cYtA8b+VQAAJq5h2A=="', 'content-type': 'application/json', 'user-agent': 'kiota-python/1' },
  body: json({ '@odata.type': '#microsoft.graph.event', ...PATCH_BODY, location: { '@odata.type': '#microsoft.graph.location', displayName: 'Annex, room 2' } }),
  ...over,
});

describe('compareRequests', () => {
  test('the documented request passes, with the SDK-added @odata.type and the placeholder key as sent', () => {
    expect(compareRequests(PATCH_EVENT, [patchSent()])).toEqual([]);
    expect(compareRequests(PATCH_EVENT, [patchSent({ target: '/v1.0/me/events/%7Bevent-id%7D', body: json(PATCH_BODY) })])).toEqual([]);
  });

  test('a changed body value is caught', () => {
    const f = compareRequests(PATCH_EVENT, [patchSent({ body: json({ ...PATCH_BODY, subject: 'Pottery class' }) })]);
    expect(f.map((x) => x.ruleId)).toEqual(['verify:meaning-body']);
    expect(f[0]!.message).toBe('body .subject is sent as "Pottery class", the docs: "Pottery class (room change)"');
    expect(compareRequests(PATCH_EVENT, [patchSent({ body: json({ ...PATCH_BODY, isAllDay: true }) })]).map((x) => x.ruleId)).toEqual(['verify:meaning-body']);
    expect(compareRequests(PATCH_EVENT, [patchSent({ body: json({ ...PATCH_BODY, extra: 1 }) })]).map((x) => x.ruleId)).toEqual(['verify:meaning-body']);
  });

  test('a wrong method is caught', () => {
    expect(compareRequests(PATCH_EVENT, [patchSent({ method: 'PUT' })]).map((x) => x.ruleId)).toEqual(['verify:meaning-method']);
  });

  test('a lost or changed purposeful header is caught', () => {
    expect(compareRequests(PATCH_EVENT, [patchSent({ headers: {} })]).map((x) => x.ruleId)).toEqual(['verify:meaning-header']);
    expect(compareRequests(PATCH_EVENT, [patchSent({ headers: { 'if-match': '*' } })]).map((x) => x.ruleId)).toEqual(['verify:meaning-header']);
  });

  test('a dropped query option is caught; order and $select lists are not differences', () => {
    const e: Expectation = { request: typed('users/list-users-filter-orderby'), rawUrl: 'https://graph.microsoft.com/v1.0/users', announced: [] };
    const all = e.request.query.order.map((o) => `${encodeURIComponent(o.name)}=${encodeURIComponent(o.value)}`);
    const sent = (q: string[]): SentRequest => ({ method: 'GET', target: `/v1.0/users?${q.join('&')}`, headers: {}, body: Buffer.alloc(0) });
    expect(compareRequests(e, [sent([...all].reverse())])).toEqual([]);
    const dropped = compareRequests(e, [sent(all.slice(1))]);
    expect(dropped.map((x) => x.ruleId)).toEqual(['verify:meaning-query']);
    expect(dropped[0]!.message).toMatch(/^the query option \$\w+ is not sent/);
  });

  test('paths: /me is /users/{id}; graph. is microsoft.graph.; a changed segment is caught; an announced rewrite is accepted', () => {
    const e: Expectation = { request: { ...typed('calendar/update-event-if-match'), method: 'GET', body: null, headers: [] }, rawUrl: '/v1.0/me/events/{event-id}', announced: [] };
    const get = (target: string): SentRequest => ({ method: 'GET', target, headers: {}, body: Buffer.alloc(0) });
    expect(compareRequests(e, [get('/v1.0/users/abc/events/x')])).toEqual([]);
    expect(compareRequests(e, [get('/v1.0/me/calendar/events/x')]).map((x) => x.ruleId)).toEqual(['verify:meaning-path']);
    expect(compareRequests(e, [get('/beta/me/events/x')]).map((x) => x.ruleId)).toEqual(['verify:meaning-path']);
    expect(compareRequests({ ...e, rawUrl: '/v1.0/me/drive/items/{item-id}', announced: ['render:path-rewritten'] }, [get('/v1.0/drives/d/items/x')])).toEqual([]);
    expect(compareRequests(e, [])).toEqual([expect.objectContaining({ ruleId: 'verify:meaning-no-request' })]);
  });

  test('an announced rewrite is checked, not skipped: a function POSTed with a body must be sent as GET with its arguments', async () => {
    const e = (await goldenExpectation(path.join(CASES, 'errors/function-posted-with-body/python.py'), 'python'))!;
    expect(e.announced).toEqual(expect.arrayContaining(['schema:method-mismatch', 'schema:function-arguments-from-body', 'render:path-rewritten']));
    const get = (method: string, target: string, body = ''): SentRequest => ({ method, target, headers: {}, body: Buffer.from(body) });
    const accepted: AnnouncedRewrite[] = [];
    expect(compareRequests(e, [get('GET', '/v1.0/drives/d1/items/i1/workbook/tables/t1/columns/itemAt(index=1)')], accepted)).toEqual([]);
    expect(accepted.sort()).toEqual(['render:path-rewritten', 'schema:function-arguments-from-body', 'schema:method-mismatch']);
    // a changed argument, a method neither the docs nor the SDK use, the rest of the rewritten path changed: each caught
    expect(compareRequests(e, [get('GET', '/v1.0/drives/d1/items/i1/workbook/tables/t1/columns/itemAt(index=2)')]).map((x) => x.ruleId)).toEqual(['verify:meaning-path']);
    expect(compareRequests(e, [get('PATCH', '/v1.0/drives/d1/items/i1/workbook/tables/t1/columns/itemAt(index=1)')]).map((x) => x.ruleId)).toEqual(['verify:meaning-method']);
    expect(compareRequests(e, [get('GET', '/v1.0/drives/d1/items/i1/workbook/tables/t1/rows/itemAt(index=1)')]).map((x) => x.ruleId)).toEqual(['verify:meaning-path']);
    // not announced: the docs' POST with its body is what must be sent
    expect(compareRequests({ ...e, announced: [] }, [get('GET', '/v1.0/me/drive/items/i1/workbook/tables/t1/columns/itemAt(index=1)')]).map((x) => x.ruleId)).toContain('verify:meaning-method');
  });

  test('function arguments: a qualified enum member and a quoted date are the literal, a changed value is caught', () => {
    const e: Expectation = { request: { ...typed('calendar/update-event-if-match'), method: 'GET', body: null, headers: [] }, rawUrl: "/v1.0/me/outlook/supportedTimeZones(TimeZoneStandard=microsoft.graph.timeZoneStandard'Iana')", announced: [] };
    const get = (target: string): SentRequest => ({ method: 'GET', target, headers: {}, body: Buffer.alloc(0) });
    expect(compareRequests(e, [get("/v1.0/me/outlook/supportedTimeZones(TimeZoneStandard='Iana')")])).toEqual([]);
    expect(compareRequests(e, [get("/v1.0/me/outlook/supportedTimeZones(TimeZoneStandard='Windows')")]).map((x) => x.ruleId)).toEqual(['verify:meaning-path']);
    const r = { ...e, rawUrl: "/v1.0/reports/getTeamsUserActivityUserDetail(date='2024-03-05')" };
    expect(compareRequests(r, [get('/v1.0/reports/getTeamsUserActivityUserDetail(date=2024-03-05)')])).toEqual([]);
    expect(compareRequests(r, [get('/v1.0/reports/getTeamsUserActivityUserDetail(date=2024-03-06)')]).map((x) => x.ruleId)).toEqual(['verify:meaning-path']);
  });

  test('a placeholder GUID or date-time may be sent as any value; base64 compares by its bytes', async () => {
    const guids = (await goldenExpectation(path.join(CASES, 'errors/placeholder-typed-values/java.java'), 'java'))!;
    const post = (body: unknown): SentRequest => ({ method: 'POST', target: '/v1.0/users/u1/assignLicense', headers: {}, body: json(body) });
    const zero = '00000000-0000-0000-0000-000000000000';
    expect(compareRequests(guids, [post({ addLicenses: [{ disabledPlans: [], skuId: zero }], removeLicenses: [zero] })])).toEqual([]);
    expect(compareRequests(guids, [post({ addLicenses: [{ disabledPlans: [] }], removeLicenses: [zero] })]).map((x) => x.ruleId)).toEqual(['verify:meaning-body']);
    const file = (await goldenExpectation(path.join(CASES, 'errors/base64-over-padded/java.java'), 'java'))!;
    const attach = (contentBytes: string): SentRequest => ({ method: 'POST', target: '/v1.0/me/messages/m1/attachments', headers: {}, body: json({ '@odata.type': '#microsoft.graph.fileAttachment', name: 'hello.txt', contentBytes }) });
    expect(compareRequests(file, [attach('SGVsbG8gd29ybGQ=')])).toEqual([]);
    expect(compareRequests(file, [attach('SGVsbG8gd29ybGQh')]).map((x) => x.ruleId)).toEqual(['verify:meaning-body']);
  });

  test('a duration compares as ISO 8601 days and time only: str(timedelta) and week counts are differences', () => {
    const page = readFileSync(path.join(CASES, 'calendar/find-meeting-times/input.md'), 'utf8');
    const fence = /```http\n[^\n]*\n(?:[^\n]+\n)*\n([\s\S]*?)\n```/.exec(page)!;
    const docs = JSON.parse(fence[1]!) as Record<string, unknown>;
    expect(docs['meetingDuration']).toBe('PT1H30M');
    const e: Expectation = { request: typed('calendar/find-meeting-times'), rawUrl: 'https://graph.microsoft.com/v1.0/me/findMeetingTimes', announced: [] };
    const post = (meetingDuration: string): SentRequest => ({ method: 'POST', target: '/v1.0/me/findMeetingTimes', headers: {}, body: json({ ...docs, meetingDuration }) });
    for (const same of ['PT1H30M', 'PT90M', 'P0Y0M0DT1H30M0S']) expect(compareRequests(e, [post(same)])).toEqual([]);
    for (const other of ['1:30:00', 'PT1H', 'P0W']) expect(compareRequests(e, [post(other)]).map((x) => x.ruleId)).toEqual(['verify:meaning-body']);
  });

  test('a finding is placed on the snippet line that names it', () => {
    const code = readFileSync(path.join(CASES, 'calendar/update-event-if-match/python.py'), 'utf8');
    const [f] = compareRequests(PATCH_EVENT, [patchSent({ body: json({ ...PATCH_BODY, subject: 'x' }) })]);
    expect(code.split('\n')[placeFinding(code, f!) - 1]).toContain('subject');
  });

  test('a golden case gives its expectation from typed.json, input.md and the language messages', async () => {
    const e = await goldenExpectation(path.join(CASES, 'files/list-children-by-path/python.py'), 'python');
    expect(e?.announced).toContain('render:path-rewritten');
    expect((await goldenExpectation(path.join(CASES, 'users/list-users-filter-orderby/python.py'), 'python'))?.rawUrl).toMatch(/^https:\/\/graph\.microsoft\.com\/v1\.0\/users\?.* /);
  });
});

describe('the capturing server', () => {
  test('records a tagged request on 127.0.0.1 and answers for the operation', async () => {
    const server = await startCapture((tag, method) => cannedResponse(tag === 'count' ? 'count' : null, method), 10_000);
    try {
      const r = await fetch(`http://127.0.0.1:${server.port}/v1.0/users/$count?$filter=a%20eq%201`, { headers: { [TAG_HEADER]: 'count', ConsistencyLevel: 'eventual' } });
      expect(await r.text()).toBe('0');
      const d = await fetch(`http://127.0.0.1:${server.port}/v1.0/me`, { method: 'DELETE', headers: { [TAG_HEADER]: 'x' } });
      expect(d.status).toBe(204);
    } finally {
      await server.close();
    }
    expect(server.requests.map((q) => [q.tag, q.method, q.target, q.headers.consistencylevel])).toEqual([
      ['count', 'GET', '/v1.0/users/$count?$filter=a%20eq%201', 'eventual'],
      ['x', 'DELETE', '/v1.0/me', undefined],
    ]);
  });

  test('records a gzip body as it was before compression, and every value of a repeated header', async () => {
    const server = await startCapture((_tag, method) => cannedResponse(null, method), 10_000);
    const body = JSON.stringify({ displayName: 'Ilse' });
    try {
      await new Promise<void>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port: server.port, path: '/v1.0/me/contacts', method: 'POST' }, (res) => {
          res.resume();
          res.on('end', () => resolve());
        });
        req.on('error', reject);
        req.setHeader(TAG_HEADER, 'gz');
        req.setHeader('Content-Encoding', 'gzip');
        req.setHeader('Content-Type', ['text/plain', 'application/octet-stream']);
        req.end(gzipSync(body));
      });
    } finally {
      await server.close();
    }
    expect(server.requests.map((q) => [q.tag, q.body.toString('utf8'), q.headers['content-type']])).toEqual([['gz', body, 'text/plain, application/octet-stream']]);
  });
});
