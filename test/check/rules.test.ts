/** Each rule: a failing example with exact rule id and place, and a passing one. */
import { checkRules } from '../../generator/diagnostics/rules/check.js';
import { checkSync, initCheckers, type CheckLanguage, type Finding } from '../../generator/check/index.js';
import { isRuleId } from '../../generator/diagnostics/catalogue.js';

beforeAll(() => initCheckers());

type Place = [ruleId: string, line: number, column: number];

function places(findings: readonly Finding[]): Place[] {
  return findings.map((f) => [f.ruleId, f.line, f.column]);
}

function only(language: CheckLanguage, code: string, ruleId: string): Place[] {
  return places(checkSync(language, code).findings.filter((f) => f.ruleId === ruleId));
}

const lines = (...l: string[]): string => l.join('\n');

describe('every check rule is in the catalogue', () => {
  test('ids are catalogued with the check source', () => {
    const ids = Object.keys(checkRules);
    expect(ids.length).toBeGreaterThanOrEqual(19);
    for (const id of ids) {
      expect(id.startsWith('check:')).toBe(true);
      expect(isRuleId(id)).toBe(true);
    }
  });
});

describe('syntax (ERROR / MISSING)', () => {
  test('an ERROR is reported at its place and makes the snippet invalid', () => {
    const v = checkSync('python', lines('x = 1', 'y = (2 +', 'z = 3'));
    expect(v.valid).toBe(false);
    expect(v.findings[0]!.ruleId).toMatch(/^check:syntax-/);
    expect(v.findings[0]!.line).toBe(2);
  });
  test('a MISSING token is reported where the grammar assumed it', () => {
    expect(places(checkSync('java', lines('int a = 1', 'int b = 2;')).findings)).toEqual([['check:syntax-missing', 1, 10]]);
  });
  test('clean snippets are valid with no finding', () => {
    expect(checkSync('javascript', "const a = { b: 'c' };\nawait client.api('/me').get();")).toEqual({ valid: true, findings: [] });
  });
});

describe('go', () => {
  test('check:go-keyword-identifier: `type :=`, `&type`, `range.Set...`', () => {
    const code = lines('type := graphmodels.X', 'pattern.SetType(&type)', 'range := graphmodels.NewRecurrenceRange()', 'range.SetType(nil)');
    expect(only('go', code, 'check:go-keyword-identifier')).toEqual([
      ['check:go-keyword-identifier', 1, 1],
      ['check:go-keyword-identifier', 2, 18],
      ['check:go-keyword-identifier', 3, 1],
      ['check:go-keyword-identifier', 4, 1],
    ]);
  });
  test('keywords in their places pass: type switch, range clause, map, func, struct', () => {
    const code = lines(
      'var x interface{} = 1',
      'switch v := x.(type) {',
      'case int:',
      '  _ = v',
      '}',
      'm := map[string]func() struct{}{}',
      'for k, f := range m {',
      '  _, _ = k, f',
      '}',
    );
    expect(checkSync('go', code)).toEqual({ valid: true, findings: [] });
  });
  test('check:go-no-new-variables: `:=` twice in the same scope', () => {
    const code = lines('query := "a"', 'x.SetQuery(&query)', 'query := "b"', 'x.SetQuery(&query)');
    expect(only('go', code, 'check:go-no-new-variables')).toEqual([['check:go-no-new-variables', 3, 1]]);
  });
  test('`:=` with one new name, or in an inner scope, is fine', () => {
    const code = lines('a, err := f()', 'b, err := g(a)', 'if true {', '  a := 2', '  _ = a', '}', '_, _ = b, err');
    expect(checkSync('go', code).findings).toEqual([]);
  });
  test('check:go-unquoted-date: a bare date-time and a bare time', () => {
    expect(only('go', 'startDate := 2020-09-15\nx.SetStartDate(&startDate)', 'check:go-unquoted-date')).toEqual([['check:go-unquoted-date', 1, 14]]);
    expect(only('go', 'start := 08:00:00\n_ = start', 'check:go-unquoted-date')).toEqual([['check:go-unquoted-date', 1, 10]]);
  });
  test('quoted dates and ordinary arithmetic pass', () => {
    const code = lines('startDate := "2020-09-15"', 'n := 2020 - 9', '_, _ = startDate, n');
    expect(checkSync('go', code).findings).toEqual([]);
  });
  test('check:go-null', () => {
    expect(only('go', 'x.SetManager(null)', 'check:go-null')).toEqual([['check:go-null', 1, 14]]);
    expect(checkSync('go', 'x.SetManager(nil)').findings).toEqual([]);
  });
  test('check:go-unused-variable: `result, err :=` never read', () => {
    const code = lines('import (', '  "context"', ')', 'result, err := graphClient.Me().Get(context.Background(), nil)');
    expect(only('go', code, 'check:go-unused-variable')).toEqual([
      ['check:go-unused-variable', 4, 1],
      ['check:go-unused-variable', 4, 9],
    ]);
  });
  test('a variable that is read passes; a plain assignment is not a use', () => {
    expect(checkSync('go', 'x := 1\nfmt(x)').findings).toEqual([]);
    expect(only('go', 'x := 1\nx = 2', 'check:go-unused-variable')).toEqual([['check:go-unused-variable', 1, 1]]);
  });
  test('a declaration inside a closure on the right of := takes effect at its own end, not the outer one', () => {
    const closure = (body: string) => lines('f := func(err error) {', '\tif e, ok := err.(interface{ X() }); ok {', body, '\t}', '}', 'f(nil)');
    expect(checkSync('go', closure('\t\te.X()')).findings).toEqual([]);
    expect(only('go', closure(''), 'check:go-unused-variable')).toEqual([['check:go-unused-variable', 2, 5]]);
  });
});

describe('python', () => {
  test('check:python-undefined-name: models, enums, stdlib modules never imported', () => {
    const code = lines(
      'from msgraph.generated.models.user import User',
      'request_body = User(',
      '\tid = UUID("a"),',
      '\tbirthday = datetime.date(2020, 1, 1),',
      '\tkind = UserType.Member,',
      ')',
      'result = await graph_client.users.post(request_body)',
    );
    expect(only('python', code, 'check:python-undefined-name')).toEqual([
      ['check:python-undefined-name', 3, 7],
      ['check:python-undefined-name', 4, 13],
      ['check:python-undefined-name', 5, 9],
    ]);
  });
  test('imports, aliases, defs, params, for targets, comprehensions, with/except aliases and builtins pass', () => {
    const code = lines(
      'import base64 as b64, os.path',
      'from uuid import UUID',
      'from datetime import *',
    );
    expect(checkSync('python', code + '\nx = timedelta(1)').findings).toEqual([]); // a star import disables the rule
    const scoped = lines(
      'import base64 as b64, os.path',
      'from uuid import UUID',
      'def f(a, b=1, *args, c: int = 2, **kw):',
      '    return [y for y in args if y] + [a, b, c, kw]',
      'class K: pass',
      'for i, (j, k) in enumerate([]):',
      '    print(i, j, k)',
      'with open("x") as fh:',
      '    pass',
      'try:',
      '    pass',
      'except ValueError as err:',
      '    print(err)',
      'lam = lambda q: q',
      'if (n := len("ab")) > 1: print(n)',
      'v = b64.b64decode("") + os.path.sep + str(UUID(int=0)) + str(f(1)) + str(K()) + str(lam(1))',
      'result = await graph_client.me.get()',
    );
    expect(checkSync('python', scoped)).toEqual({ valid: true, findings: [] });
  });
  test('the assumed names are configurable', () => {
    expect(checkSync('python', 'r = await graph_client.me.get()').valid).toBe(true);
    expect(places(checkSync('python', 'r = await graph_client.me.get()', { assumedNames: [] }).findings)).toEqual([['check:python-undefined-name', 1, 11]]);
  });
});

describe('powershell', () => {
  test('check:powershell-interpolation: `$filter` in a double-quoted string and `$(` in a here-string', () => {
    const code = lines('$params = @{', '\tquery = "/groups?$filter=(groupTypes/any(c:c eq \'Unified\'))"', '}', '$h = @"', 'a $(Get-Date)', '"@');
    expect(only('powershell', code, 'check:powershell-interpolation')).toEqual([
      ['check:powershell-interpolation', 2, 19],
      ['check:powershell-interpolation', 5, 3],
    ]);
  });
  test('escaped `$, single quotes and a lone `$` pass', () => {
    const code = lines('$a = "/groups?`$filter=x"', "$b = '/groups?$filter=x'", '$c = "costs 5 $"', "$d = @'", '$(raw)', "'@");
    expect(checkSync('powershell', code)).toEqual({ valid: true, findings: [] });
  });
  test('check:powershell-backtick-escape: `q drops the backtick', () => {
    expect(only('powershell', '$a = "C:`q"', 'check:powershell-backtick-escape')).toEqual([['check:powershell-backtick-escape', 1, 9]]);
    expect(checkSync('powershell', '$a = "tab`there `"quoted`" ``"').findings).toEqual([]);
  });
});

describe('cli (bash)', () => {
  test('check:cli-slash-comment', () => {
    expect(only('cli', '// THE CLI IS IN PREVIEW\nmgc users list', 'check:cli-slash-comment')).toEqual([['check:cli-slash-comment', 1, 1]]);
    expect(checkSync('cli', '# a comment\nmgc users list').findings).toEqual([]);
  });
  test("check:cli-quote-ends-early: an apostrophe inside '...'", () => {
    const code = lines("mgc users create --body '{", '  "subject": "Let\'s go"', "}'");
    expect(only('cli', code, 'check:cli-quote-ends-early')).toEqual([['check:cli-quote-ends-early', 2, 18]]);
  });
  test("the '\\'' idiom passes", () => {
    const code = lines("mgc users create --body '{", '  "subject": "Let\'\\\'\'s go"', "}'");
    expect(checkSync('cli', code)).toEqual({ valid: true, findings: [] });
  });
  test('check:cli-body-invalid-json: backslash-newline inside single quotes stays in the value', () => {
    const code = lines("mgc groups create --body '{\\", '  "displayName": "x"\\', "}'");
    expect(only('cli', code, 'check:cli-body-invalid-json')).toEqual([['check:cli-body-invalid-json', 1, 26]]);
    expect(checkSync('cli', lines("mgc groups create --body '{", '  "displayName": "x"', "}'")).findings).toEqual([]);
  });
  test('a --body with a shell expansion is flagged; a --body=... form is read too', () => {
    expect(only('cli', 'mgc x --body "{\\"a\\": \\"$filter\\"}"', 'check:cli-body-invalid-json')).toEqual([['check:cli-body-invalid-json', 1, 25]]);
    expect(only('cli', "mgc x --body='{\"a\": 1,}'", 'check:cli-body-invalid-json')).toEqual([['check:cli-body-invalid-json', 1, 7]]);
    expect(checkSync('cli', "mgc x --body='{\"a\": 1}'").findings).toEqual([]);
  });
});

describe('javascript', () => {
  test('check:js-invalid-escape and check:js-useless-escape', () => {
    expect(only('javascript', "const a = 'x\\1y';", 'check:js-invalid-escape')).toEqual([['check:js-invalid-escape', 1, 13]]);
    const v = checkSync('javascript', "const p = 'C:\\dir';");
    expect(places(v.findings)).toEqual([['check:js-useless-escape', 1, 14]]);
    expect(v.valid).toBe(true); // a warning
  });
  test('valid escapes pass', () => {
    expect(checkSync('javascript', "const a = 'it\\'s \\n \\x41 \\u0041 \\u{1F600} \\0';\nconst t = `a ${a} \\``;").findings).toEqual([]);
  });
});

describe('php', () => {
  test("check:php-escape-kept: \\' in a double-quoted string keeps the backslash", () => {
    expect(only('php', '$a = "it\\\'s";', 'check:php-escape-kept')).toEqual([['check:php-escape-kept', 1, 9]]);
  });
  test('check:php-interpolation: $var and {$ in double quotes and heredocs', () => {
    const code = lines('$a = "/groups?$filter=x";', '$b = <<<EOT', 'v {$c->d}', 'EOT;');
    expect(only('php', code, 'check:php-interpolation')).toEqual([
      ['check:php-interpolation', 1, 15],
      ['check:php-interpolation', 3, 3],
    ]);
  });
  test('single quotes, escaped $ and nowdoc pass', () => {
    const code = lines("$a = '/groups?$filter=x it\\'s';", '$b = "\\$filter \\n \\"";', "$c = <<<'EOT'", '$raw \\q', 'EOT;');
    expect(checkSync('php', code)).toEqual({ valid: true, findings: [] });
  });
});

describe('csharp / java: new () without a type', () => {
  test('check:csharp-untyped-new on `var x = new()`; a warning as an argument', () => {
    const code = lines('using Microsoft.Graph.Models;', 'var body = new() { DisplayName = "x" };', 'await graphClient.Users.PostAsync(new());');
    expect(places(checkSync('csharp', code).findings)).toEqual([
      ['check:csharp-untyped-new', 2, 12],
      ['check:csharp-untyped-new-argument', 3, 35],
    ]);
  });
  test('a declared type or an object-initializer property gives `new()` its type', () => {
    const code = lines('User body = new() { Manager = new() };', 'var list = new List<User> { new() };');
    expect(checkSync('csharp', code)).toEqual({ valid: true, findings: [] });
  });
  test('check:java-untyped-new', () => {
    const code = lines('HashMap<String, Object> additionalData = new HashMap<String, Object>();', 'property = new ();');
    expect(only('java', code, 'check:java-untyped-new')).toEqual([['check:java-untyped-new', 2, 12]]);
    expect(checkSync('java', 'User user = new User();\nList<String> l = new ArrayList<>();').findings).toEqual([]);
  });
});

describe('java: what javac rejects and the grammar accepts', () => {
  test("check:java-char-literal: a string in single quotes (`.withOn('allowedRequestor')`), two characters", () => {
    const code = lines(
      "var result = graphClient.policies().roleManagementPolicyAssignments().get(requestConfiguration -> {",
      "\trequestConfiguration.queryParameters.filter = \"scopeId eq '/'\";",
      "}).withOn('allowedRequestor');",
      "char two = 'ab';",
    );
    expect(only('java', code, 'check:java-char-literal')).toEqual([
      ['check:java-char-literal', 3, 11],
      ['check:java-char-literal', 4, 12],
    ]);
    expect(checkSync('java', code).valid).toBe(false);
  });
  test('one character, however escaped, passes', () => {
    const code = lines("char a = 'a';", "char n = '\\n';", "char q = '\\'';", "char u = '\\u0041';", "char o = '\\101';", "char z = '\\0';", "char e = 'é';");
    expect(checkSync('java', code)).toEqual({ valid: true, findings: [] });
  });
  test('check:java-keyword-method: `.return()`, `.default()` as calls', () => {
    const code = lines('var result = graphClient.me().return();', 'graphClient.policies().default().get();');
    expect(only('java', code, 'check:java-keyword-method')).toEqual([
      ['check:java-keyword-method', 1, 31],
      ['check:java-keyword-method', 2, 24],
    ]);
  });
  test('escaped and contextual names pass (`returnEscaped()`, `defaultEscaped()`, `record()`, `var()`)', () => {
    const code = lines('graphClient.me().returnEscaped();', 'graphClient.policies().defaultEscaped().get();', 'x.record();', 'x.yield();', 'x.var();');
    expect(checkSync('java', code)).toEqual({ valid: true, findings: [] });
  });
});
