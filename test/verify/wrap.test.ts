/**
 * `snipgen verify` without any SDK: how snippets are wrapped into compilable units, how compiler
 * output is parsed, and how its lines are mapped back to the snippet's own lines.
 */
import { parseGoOutput, classifyGo, TYPECHECK_SOURCE, wrapGo } from '../../generator/verify/go.js';
import { check } from '../../generator/check/index.js';
import { classifyJava, parseJavacOutput, wrapJava } from '../../generator/verify/java.js';
import { wrapJavaScript } from '../../generator/verify/javascript.js';
import { parseMcsOutput, wrapCSharp } from '../../generator/verify/csharp.js';
import { parsePyrightOutput, wrapPython } from '../../generator/verify/python.js';
import { genericClass, mapErrors, snippetLine, type VerifySnippet } from '../../generator/verify/snippet.js';
import { parseKnownFailures } from '../../generator/commands/verify.js';
import { compileUntilClean, isBetaSnippet, snippetApi } from '../../generator/verify/index.js';

const snippet = (language: VerifySnippet['language'], code: string): VerifySnippet => ({ path: `x.${language}`, language, code, lineOffset: 0, apiVersion: 'v1.0' });

/** The unit with each line prefixed by the snippet line it maps to (`-` for the wrapper's own). */
function annotated(unit: { text: string; lines: readonly number[] }): string {
  return unit.text.replace(/\n$/, '').split('\n').map((l, i) => `${String(unit.lines[i] || '-').padStart(2)}|${l}`).join('\n');
}

describe('wrapping', () => {
  test('Python: imports stay at module level, statements go into an async function taking graph_client', () => {
    const code = 'from msgraph import GraphServiceClient\nfrom a.b import (\n    C,\n)\n\n# To initialize your graph_client, see …\nresult = await graph_client.me.get()';
    const unit = wrapPython(snippet('python', code), 3);
    expect(unit.fileName).toBe('s0003.py');
    expect(annotated(unit)).toBe(
      [
        ' -|from msgraph.graph_service_client import GraphServiceClient as _SnipgenGraphServiceClient',
        ' 1|from msgraph import GraphServiceClient',
        ' 2|from a.b import (',
        ' 3|    C,',
        ' 4|)',
        ' 5|',
        ' 6|# To initialize your graph_client, see …',
        ' -|async def _snippet(graph_client: _SnipgenGraphServiceClient) -> None:',
        ' 7|    result = await graph_client.me.get()',
      ].join('\n'),
    );
  });

  test('Python: a snippet of imports only still makes a valid function', () => {
    expect(annotated(wrapPython(snippet('python', 'import x'), 1))).toBe(' -|from msgraph.graph_service_client import GraphServiceClient as _SnipgenGraphServiceClient\n 1|import x\n -|async def _snippet(graph_client: _SnipgenGraphServiceClient) -> None:\n -|    pass');
  });

  test('Java: imports at file level, statements in a method taking graphClient', () => {
    const unit = wrapJava(snippet('java', 'import a.B;\n\nB b = new B();\ngraphClient.me().get();'), 12);
    expect(unit.fileName).toBe('Snippet0012.java');
    expect(annotated(unit)).toBe(
      [
        ' 1|import a.B;',
        ' 2|',
        ' -|class Snippet0012 {',
        ' -|  static void run(com.microsoft.graph.serviceclient.GraphServiceClient graphClient) throws Exception {',
        ' 3|    B b = new B();',
        ' 4|    graphClient.me().get();',
        ' -|  }',
        ' -|}',
      ].join('\n'),
    );
  });

  test('Go: the import block stays at file level; a root-package import is used by the client the reader creates', () => {
    const code = '// Dependencies\nimport (\n\t"context"\n\tmsgraphsdk "github.com/microsoftgraph/msgraph-sdk-go"\n)\n\nx, err := graphClient.Me().Get(context.Background(), nil)';
    expect(annotated(wrapGo(snippet('go', code), 7))).toBe(
      [
        ' -|package snippets',
        ' -|',
        ' 1|// Dependencies',
        ' 2|import (',
        ' 3|\t"context"',
        ' 4|\tmsgraphsdk "github.com/microsoftgraph/msgraph-sdk-go"',
        ' 5|)',
        ' 6|',
        ' -|var _ *msgraphsdk.GraphServiceClient',
        ' -|func s0007(graphClient *graphServiceClient) {',
        ' 7|\tx, err := graphClient.Me().Get(context.Background(), nil)',
        ' -|}',
      ].join('\n'),
    );
  });

  test('JavaScript: Client imported and authProvider a parameter, unless the snippet declares them', () => {
    const code = "const options = {\n  authProvider,\n};\n\nconst client = Client.init(options);\nawait client.api('/me').get();";
    expect(annotated(wrapJavaScript(snippet('javascript', code), 1))).toBe(
      [
        " -|import { Client } from '@microsoft/microsoft-graph-client';",
        ' -|/**',
        " -| * @param {import('@microsoft/microsoft-graph-client').AuthProvider} authProvider",
        ' -| */',
        ' -|export async function snippet(authProvider) {',
        ' 1|  const options = {',
        ' 2|    authProvider,',
        ' 3|  };',
        ' 4|',
        ' 5|  const client = Client.init(options);',
        " 6|  await client.api('/me').get();",
        ' -|}',
      ].join('\n'),
    );
    const bare = wrapJavaScript(snippet('javascript', "await client.api('/me').get();"), 2);
    expect(bare.text).toContain('export async function snippet(authProvider, client) {');
  });

  test('a snippet that creates its own client (older docs) gets none from the wrapper', () => {
    const heads = [
      wrapGo(snippet('go', 'graphClient := msgraphsdk.NewGraphServiceClientWithCredentials(cred, scopes)'), 1),
      wrapJava(snippet('java', 'GraphServiceClient graphClient = GraphServiceClient.builder().buildClient();'), 1),
      wrapPython(snippet('python', 'graph_client = GraphServiceClient(request_adapter)'), 1),
    ].map((u) => u.text.split('\n').find((l) => /func |void run|def _snippet/.test(l))!.trim());
    expect(heads).toEqual(['func s0001() {', 'static void run() throws Exception {', 'async def _snippet() -> None:']);
  });

  test('beta snippets are recognised by the SDK they import', () => {
    expect([
      isBetaSnippet(snippet('python', 'from msgraph_beta import GraphServiceClient')),
      isBetaSnippet(snippet('java', 'import com.microsoft.graph.beta.models.User;')),
      isBetaSnippet(snippet('go', 'import graphmodels "github.com/microsoftgraph/msgraph-beta-sdk-go/models"')),
      isBetaSnippet(snippet('python', 'from msgraph import GraphServiceClient')),
    ]).toEqual([true, true, true, false]);
  });

  test('a snippet goes to the SDK it imports, else to its request\'s version; beta wrappers take the beta client', () => {
    const beta = (language: VerifySnippet['language'], code: string): VerifySnippet => ({ ...snippet(language, code), apiVersion: 'beta' });
    expect([
      snippetApi(beta('java', 'import com.microsoft.graph.models.ReferenceUpdate;')), // a v1.0 request on a beta page
      snippetApi(beta('python', 'from msgraph import GraphServiceClient')),
      snippetApi(beta('go', 'import "context"')),
      snippetApi(snippet('java', 'import com.microsoft.graph.core.tasks.PageIterator;')),
      snippetApi(snippet('go', 'import graphusers "github.com/microsoftgraph/msgraph-beta-sdk-go/users"')),
    ]).toEqual(['v1.0', 'v1.0', 'beta', 'v1.0', 'beta']);
    expect(wrapPython(beta('python', 'x = 1'), 1).text).toContain('from msgraph_beta.graph_service_client import GraphServiceClient as _SnipgenGraphServiceClient');
    expect(wrapJava(beta('java', 'int x = 1;'), 1).text).toContain('static void run(com.microsoft.graph.beta.serviceclient.GraphServiceClient graphClient)');
    const go = wrapGo(beta('go', 'import (\n\tmsgraphsdk "github.com/microsoftgraph/msgraph-beta-sdk-go"\n)\n\nx := 1'), 1).text;
    expect(go).toContain('var _ *msgraphsdk.GraphServiceClient');
  });
});

describe('C#', () => {
  test('usings stay at file level, statements go into Run(graphClient); a using declaration is checked as a var (mcs is C# 7.2)', () => {
    const code = '// Dependencies\nusing Microsoft.Graph.Models;\n\nusing var requestBody = new MemoryStream();\nvar result = await graphClient.Me.GetAsync();';
    const unit = wrapCSharp(snippet('csharp', code), 7);
    expect(unit.fileName).toBe('s0007.cs');
    expect(annotated(unit)).toBe(
      [
        ' 1|// Dependencies',
        ' 2|using Microsoft.Graph.Models;',
        ' 3|',
        ' -|class S0007',
        ' -|{',
        ' -|    async System.Threading.Tasks.Task Run(Microsoft.Graph.GraphServiceClient graphClient)',
        ' -|    {',
        ' 4|        var requestBody = new MemoryStream();',
        ' 5|        var result = await graphClient.Me.GetAsync();',
        ' -|    }',
        ' -|}',
      ].join('\n'),
    );
  });

  test('mcs: errors with their code, a deprecated call (CS0618) in its own class', () => {
    const out = [
      '/w/src/s0001.cs(9,29): error CS1061: Type `Microsoft.Graph.Me.MeRequestBuilder\' does not contain a definition for `Mee\'',
      '/w/src/s0002.cs(8,9): error CS0618: `Microsoft.Graph.Me.Insights.Used\' is obsolete',
      'Compilation failed: 2 error(s), 0 warnings',
    ].join('\n');
    expect(parseMcsOutput(out).map((e) => [e.fileName, e.line, e.column, e.errorClass])).toEqual([
      ['s0001.cs', 9, 29, 'CS1061'],
      ['s0002.cs', 8, 9, 'deprecated (CS0618)'],
    ]);
  });
});

describe('compiler output and line mapping', () => {
  test('a wrapper line maps to the snippet line before it, the first wrapper lines to 0', () => {
    const unit = wrapJava(snippet('java', 'import a.B;\nB b = null;'), 1);
    expect([1, 2, 3, 4, 5, 6].map((l) => snippetLine(unit, l))).toEqual([1, 1, 1, 2, 2, 2]);
    const go = wrapGo(snippet('go', 'x := 1'), 1);
    expect([1, 2, 3, 4].map((l) => snippetLine(go, l))).toEqual([0, 0, 0, 1]);
  });

  test('javac: message, caret column and symbol, mapped to the snippet', () => {
    const unit = wrapJava(snippet('java', 'import a.B;\n\nB b = new B();\ngraphClient.me().psot();'), 1);
    const out = [
      '/cache/src/Snippet0001.java:6: error: cannot find symbol',
      '    graphClient.me().psot();',
      '                    ^',
      '  symbol:   method psot()',
      '  location: class UserItemRequestBuilder',
      '1 error',
    ].join('\n');
    const raw = parseJavacOutput(out);
    expect(raw).toEqual([{ fileName: 'Snippet0001.java', line: 6, column: 21, message: 'cannot find symbol; symbol:   method psot()' }]);
    expect(Object.fromEntries(mapErrors(new Map([[unit.fileName, unit]]), raw, classifyJava))).toEqual({
      'Snippet0001.java': [{ line: 4, column: 21, message: 'cannot find symbol; symbol:   method psot()', errorClass: 'cannot find symbol (method)' }],
    });
  });

  test('the Go type checker written into the workspace is valid Go (our own Go checker, no toolchain needed)', async () => {
    expect((await check('go', TYPECHECK_SOURCE)).findings).toEqual([]);
    expect(TYPECHECK_SOURCE).toMatch(/IgnoreFuncBodies: true/); // dependencies: declarations only
  });

  test('Go checker output: file:line:col lines with tab continuations', () => {
    const out = '# snipgenverify/snippets\nsnippets/s0002.go:9:2: declared and not used: result\n./snippets/s0003.go:12:20: graphClient.Me().Foo undefined (type *users.UserItemRequestBuilder has no field or method Foo)\n\tmore detail\n';
    expect(parseGoOutput(out)).toEqual([
      { fileName: 's0002.go', line: 9, column: 2, message: 'declared and not used: result' },
      { fileName: 's0003.go', line: 12, column: 20, message: 'graphClient.Me().Foo undefined (type *users.UserItemRequestBuilder has no field or method Foo) more detail' },
    ]);
    expect(parseGoOutput(out).map((e) => classifyGo(e.message))).toEqual(['declared and not used', 'no such field or method']);
    expect(classifyGo('unknown field Startdatetime in struct literal of type users.X, but does have StartDateTime')).toBe('unknown field');
  });

  test('pyright: errors only, 1-based, classed by rule', () => {
    const json = JSON.stringify({
      generalDiagnostics: [
        { file: '/c/src/s0001.py', severity: 'error', message: 'Cannot access attribute "eventz"\n  Attribute "eventz" is unknown', rule: 'reportAttributeAccessIssue', range: { start: { line: 9, character: 26 } } },
        { file: '/c/src/s0001.py', severity: 'warning', message: 'unused', range: { start: { line: 1, character: 0 } } },
      ],
    });
    expect(parsePyrightOutput(json)).toEqual([{ fileName: 's0001.py', line: 10, column: 27, message: 'Cannot access attribute "eventz" Attribute "eventz" is unknown', errorClass: 'reportAttributeAccessIssue' }]);
  });

  test('error classes leave out names and numbers', () => {
    expect(genericClass("Property 'psot' does not exist on type 'GraphRequest'. Expected 2 arguments")).toBe('Property … does not exist on type …. Expected N arguments');
  });

  test('the known-failures list: paths, comments and blank lines', () => {
    expect(parseKnownFailures('# why\ntest/a/go.go  # PUT on a PATCH-only builder\n\n  test/b/java.java\n')).toEqual(['test/a/go.go', 'test/b/java.java']);
  });
});

describe('compiling until clean', () => {
  const unit = (n: number) => ({ fileName: `s${n}`, text: '', lines: [] });
  const units = [1, 2, 3, 4].map(unit);
  // a fake compiler: a syntax error in s1 hides every type error; s3 has a type error
  const compile = async (subset: readonly { fileName: string }[]) => {
    const names = subset.map((u) => u.fileName);
    calls.push(names.join(','));
    if (names.includes('s1')) return [{ fileName: 's1', line: 1, column: 1, message: 'syntax error' }];
    return names.includes('s3') ? [{ fileName: 's3', line: 2, column: 1, message: 'undefined' }] : [];
  };
  let calls: string[] = [];
  beforeEach(() => (calls = []));

  test('files with errors are set aside and the rest compiled again, until a run is clean', async () => {
    expect((await compileUntilClean(units, compile, true)).map((e) => e.fileName)).toEqual(['s1', 's3']);
    expect(calls).toEqual(['s1,s2,s3,s4', 's2,s3,s4', 's2,s4']);
  });

  test('without setting aside (pyright, TypeScript report every file), one run', async () => {
    expect((await compileUntilClean(units, compile, false)).map((e) => e.fileName)).toEqual(['s1']);
    expect(calls).toEqual(['s1,s2,s3,s4']);
  });
});
