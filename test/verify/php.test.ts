import { describe, expect, it } from '@jest/globals';
import { compareRequest, docsRequestAt, wrapPhp, type RecordedRequest } from '../../generator/verify/php.js';

const sent = (over: Partial<RecordedRequest>): RecordedRequest => ({
  method: 'GET', url: 'https://graph.microsoft.com/v1.0/me', headers: { accept: ['application/json'] }, body: null, bodyKind: null, waited: true, ...over,
});

describe('verify php', () => {
  it('puts strict types on the <?php line, keeping the snippet lines', () => {
    const w = wrapPhp({ path: 'x.md', language: 'php', code: '\n<?php\n\n$a = 1;', lineOffset: 0, apiVersion: 'v1.0' }, 1);
    expect(w.text.split('\n').slice(0, 4)).toEqual(['<?php declare(strict_types=1);', '', '', '$a = 1;']);
    expect(w.lines).toEqual([1, 2, 3, 4]);
  });

  it('reads the docs request: the URL with spaces, headers, body', () => {
    const page = "```http\nGET https://graph.microsoft.com/v1.0/users?$filter=surname eq 'x'\nConsistencyLevel: eventual\n\n{\"a\": 1}\n```\n";
    expect(docsRequestAt(page, 2)).toEqual({ method: 'GET', url: "https://graph.microsoft.com/v1.0/users?$filter=surname eq 'x'", headers: [['ConsistencyLevel', 'eventual']], body: '{"a": 1}' });
  });

  it('finds swapped function arguments, missing query parameters and headers, body differences', () => {
    const docs = { method: 'POST', url: "/v1.0/me/reminderView(startDateTime='1',endDateTime='2')?$top=5", headers: [['Prefer', 'x'] as const], body: '{"r": 1, "b": "html"}' };
    const classes = compareRequest(docs, sent({ method: 'GET', url: "https://graph.microsoft.com/v1.0/me/reminderView(StartDateTime='2',EndDateTime='1')", body: '{"r":"1","b":"HTML","@odata.type":"#x","q":2}', bodyKind: 'json' })).map((d) => d.errorClass);
    expect(classes).toEqual(['request: method', 'request: path', 'request: query parameter missing', 'request: header missing', 'request: body']);
  });

  it('accepts what the SDK addresses otherwise: placeholders, casts, the drive, @id', () => {
    const docs = { method: 'DELETE', url: '/me/drive/root/children/{id}/microsoft.graph.x/$ref?$id=abc', headers: [], body: null };
    expect(compareRequest(docs, sent({ method: 'DELETE', url: 'https://graph.microsoft.com/v1.0/drives/drive-id/items/root/children/item-id/graph.x/$ref?@id=abc' }))).toEqual([]);
  });
});
