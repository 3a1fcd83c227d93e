/** Wrapping for the compiler and the way back to the snippet's own lines and columns. */
import { checkSync, initCheckers } from '../../generator/check/index.js';
import { wrapSnippet } from '../../generator/check/wrap.js';

beforeAll(() => initCheckers());

describe('wrapSnippet', () => {
  test('go: package, hoisted imports, func main; each copied line maps back', () => {
    const code = ['// Dependencies', 'import (', '\t"context"', '\t//other-imports', ')', 'x := 1', 'fmt(x)'].join('\n');
    const w = wrapSnippet('go', code);
    expect(w.text.split('\n')).toEqual(['package main', 'import (', '\t"context"', '\t//other-imports', ')', 'func main() {', '// Dependencies', 'x := 1', 'fmt(x)', '}']);
    const at = (needle: string): number => w.text.indexOf(needle);
    expect(w.toSnippet(at('"context"'))).toEqual({ line: 3, column: 2 });
    expect(w.toSnippet(at('x := 1') + 2)).toEqual({ line: 6, column: 3 });
    expect(w.toSnippet(at('// Dependencies'))).toEqual({ line: 1, column: 1 });
    // a wrapper line maps to the end of the snippet line before it
    expect(w.toSnippet(w.text.length - 1)).toEqual({ line: 7, column: 7 });
    expect(w.toSnippet(0)).toEqual({ line: 1, column: 1 });
  });
  test('java: imports hoisted above a class and method', () => {
    const w = wrapSnippet('java', 'User u = new User();\nimport com.microsoft.graph.models.User;');
    expect(w.text.split('\n')).toEqual(['import com.microsoft.graph.models.User;', 'class Snippet { void run() throws Exception {', 'User u = new User();', '}}']);
    expect(w.toSnippet(w.text.indexOf('new User'))).toEqual({ line: 1, column: 10 });
  });
  test('csharp: using directives hoisted, using declarations left in the method', () => {
    const w = wrapSnippet('csharp', 'using Microsoft.Graph.Models;\nusing var s = File.OpenRead("a");\nvar x = 1;');
    expect(w.text.split('\n')).toEqual([
      'using Microsoft.Graph.Models;',
      'class Snippet { async System.Threading.Tasks.Task Run() {',
      'using var s = File.OpenRead("a");',
      'var x = 1;',
      '}}',
    ]);
  });
  test('php: `<?php` added only when absent', () => {
    expect(wrapSnippet('php', '$a = 1;').text).toBe('<?php\n$a = 1;');
    expect(wrapSnippet('php', '<?php\n$a = 1;').text).toBe('<?php\n$a = 1;');
  });
  test('a complete Go program and a Java class are not wrapped again', () => {
    const go = 'package main\nfunc main() {\n}';
    expect(wrapSnippet('go', go).text).toBe(go);
    const java = 'public class A {\n}';
    expect(wrapSnippet('java', java).text).toBe(java);
  });
});

describe('findings are in the snippet coordinates', () => {
  test('go: an error after a hoisted import block keeps its own line and column', () => {
    const code = ['requestBody := graphmodels.NewUser()', 'import (', '\t"context"', ')', 'requestBody.SetX(x))', 'fmt(requestBody)'].join('\n');
    expect(checkSync('go', code).findings.map((f) => [f.ruleId, f.line, f.column, f.endLine, f.endColumn])).toEqual([['check:syntax-error', 5, 1, 5, 21]]);
  });
  test('java: the same error is reported at the same place with or without imports above it', () => {
    const body = 'User u = new User();\nu.setX(1));';
    const place = (code: string) => checkSync('java', code).findings.map((f) => [f.ruleId, f.line, f.column]);
    expect(place(body)).toEqual([['check:syntax-error', 2, 10]]);
    expect(place('import a.b.User;\n' + body)).toEqual([['check:syntax-error', 3, 10]]);
    expect(place(body + '\nimport a.b.User;')).toEqual([['check:syntax-error', 2, 10]]);
  });
  test('csharp: an unbalanced brace is reported at the end of the snippet, not in the wrapper', () => {
    const v = checkSync('csharp', 'using A;\nvar x = new X {\n  Y = 1,\n');
    expect(v.valid).toBe(false);
    for (const f of v.findings) expect(f.line).toBeLessThanOrEqual(4);
  });
  test('php: positions ignore the added `<?php` line', () => {
    const v = checkSync('php', '$a = "$b";');
    expect(v.findings.map((f) => [f.ruleId, f.line, f.column])).toEqual([['check:php-interpolation', 1, 7]]);
  });
});
