/** JavaScript bodies typed with @microsoft/microsoft-graph-types through ts-morph (`check:js-body-type`). */
import { checkJavaScriptBody, graphTypeName } from '../../generator/check/javascript-body.js';

const USER = `const user = {
  accountEnabled: true,
  displayName: 'Adele Vance',
  mailNickname: 'AdeleV',
  passwordProfile: {
    forceChangePasswordNextSignIn: true,
    password: 'xWwvJ]6NMw+bWH-d'
  }
};

let result = await client.api('/users').post(user);`;

const MESSAGE = `const message = {
  subject: 'Lunch',
  importance: 'high',
  body: {
    contentType: 'text',
    content: 'The new cafeteria is open.'
  },
  toRecipients: [{ emailAddress: { address: 'fannyd@contoso.com' } }]
};

await client.api('/me/messages').post(message);`;

const at = (findings: ReturnType<typeof checkJavaScriptBody>) => findings.map((f) => [f.ruleId, f.line, f.column]);

describe('checkJavaScriptBody', () => {
  test('a correct body has no finding', () => {
    expect(checkJavaScriptBody(USER, 'microsoft.graph.user', 'v1.0')).toEqual([]);
    expect(checkJavaScriptBody(MESSAGE, 'microsoft.graph.message', 'v1.0')).toEqual([]);
    expect(checkJavaScriptBody(MESSAGE, 'microsoft.graph.message', 'beta')).toEqual([]);
  });

  test('a misspelled property is reported at its place in the snippet', () => {
    const findings = checkJavaScriptBody(USER.replace('mailNickname', 'mailNickName'), 'microsoft.graph.user', 'v1.0');
    expect(at(findings)).toEqual([['check:js-body-type', 4, 3]]);
    expect(findings[0]!.message).toMatch(/'mailNickName' does not exist in User\. Did you mean to write 'mailNickname'\?/);
    expect(findings[0]!.severity).toBe('error');
  });

  test('a misspelled nested property', () => {
    const findings = checkJavaScriptBody(USER.replace('forceChangePasswordNextSignIn', 'forceChangePasswordNextLogin'), 'microsoft.graph.user', 'v1.0');
    expect(at(findings)).toEqual([['check:js-body-type', 6, 5]]);
  });

  test('an enum value that is not a member', () => {
    const findings = checkJavaScriptBody(MESSAGE.replace("contentType: 'text'", "contentType: 'Text'"), 'microsoft.graph.message', 'v1.0');
    expect(at(findings)).toEqual([['check:js-body-type', 5, 5]]);
    expect(findings[0]!.message).toContain(`Type '"Text"' is not assignable to type 'BodyType'`);
    expect(at(checkJavaScriptBody(MESSAGE.replace("'high'", "'urgent'"), 'microsoft.graph.message', 'v1.0'))).toEqual([['check:js-body-type', 3, 3]]);
  });

  test('extra keys are allowed only in the objects the caller names (additional data, dynamic members)', () => {
    const extra = MESSAGE.replace("subject: 'Lunch',", "subject: 'Lunch',\n  function: 'route',").replace("contentType: 'text',", "contentType: 'text',\n    colour: 'blue',");
    expect(at(checkJavaScriptBody(extra, 'microsoft.graph.message', 'v1.0'))).toEqual([
      ['check:js-body-type', 3, 3],
      ['check:js-body-type', 7, 5],
    ]);
    expect(at(checkJavaScriptBody(extra, 'microsoft.graph.message', 'v1.0', [[]]))).toEqual([['check:js-body-type', 7, 5]]);
    expect(at(checkJavaScriptBody(extra, 'microsoft.graph.message', 'v1.0', [[], ['body']]))).toEqual([]);
    // a path names one object: an array item is `[]`
    const recipient = MESSAGE.replace("address: 'fannyd@contoso.com' }", "address: 'fannyd@contoso.com', tag: 1 }");
    expect(at(checkJavaScriptBody(recipient, 'microsoft.graph.message', 'v1.0', [['toRecipients']]))).toHaveLength(1);
    expect(checkJavaScriptBody(recipient, 'microsoft.graph.message', 'v1.0', [['toRecipients', '[]', 'emailAddress']])).toEqual([]);
  });

  test('a value of the wrong type', () => {
    expect(at(checkJavaScriptBody(USER.replace('accountEnabled: true', "accountEnabled: 'yes'"), 'microsoft.graph.user', 'v1.0'))).toEqual([['check:js-body-type', 2, 3]]);
  });

  test('OData annotations are allowed; a derived object (@odata.type) keeps its own properties', () => {
    const group = `const group = {\n  displayName: 'Library',\n  'members@odata.bind': ['https://graph.microsoft.com/v1.0/directoryObjects/1'],\n  '@odata.type': '#microsoft.graph.group'\n};`;
    expect(checkJavaScriptBody(group, 'microsoft.graph.group', 'v1.0')).toEqual([]);
    const attachment = `const attachment = {\n  '@odata.type': '#microsoft.graph.fileAttachment',\n  name: 'menu.txt',\n  contentBytes: 'bWFjIGFuZCBjaGVlc2UgdG9kYXk='\n};`;
    expect(checkJavaScriptBody(attachment, 'microsoft.graph.attachment', 'v1.0')).toEqual([]);
    expect(checkJavaScriptBody(attachment.replace("  '@odata.type': '#microsoft.graph.fileAttachment',\n", ''), 'microsoft.graph.attachment', 'v1.0')).toHaveLength(1);
  });

  test('the body is the object passed to post/patch/put, not another object', () => {
    const code = `const options = { headers: { x: 1 } };\nconst user = { displayNme: 'x' };\nawait client.api('/me').patch(user);`;
    expect(at(checkJavaScriptBody(code, 'microsoft.graph.user', 'v1.0'))).toEqual([['check:js-body-type', 2, 16]]);
  });

  test('schema names map to the package names, namespaces included', () => {
    expect(graphTypeName('microsoft.graph.user', 'v1.0')).toBe('MicrosoftGraph.User');
    expect(graphTypeName('microsoft.graph.callRecords.callRecord', 'v1.0')).toBe('MicrosoftGraph.CallRecords.CallRecord');
    expect(graphTypeName('microsoft.graph.security.alert', 'v1.0')).toBe('MicrosoftGraph.SecurityNamespace.Alert');
    expect(graphTypeName('microsoft.graph.noSuchType', 'v1.0')).toBeNull();
    expect(checkJavaScriptBody(USER, 'microsoft.graph.noSuchType', 'v1.0')).toEqual([]);
  });

  test('one project is reused: a second check is fast', () => {
    checkJavaScriptBody(USER, 'microsoft.graph.user', 'v1.0');
    const start = Date.now();
    for (let i = 0; i < 10; i++) checkJavaScriptBody(USER.replace('Adele', `Adele${i}`), 'microsoft.graph.user', 'v1.0');
    expect((Date.now() - start) / 10).toBeLessThan(500);
  });
});
