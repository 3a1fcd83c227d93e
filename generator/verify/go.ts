/**
 * Go: every snippet becomes one file of one package (`snippets`) in a module that requires the
 * pinned SDK; the client is a parameter typed through a package-level alias, so a snippet's own
 * imports stay as written. The check is the Go toolchain's own type checker (`go/types`), run by a
 * small program built in the workspace (`TYPECHECK_SOURCE`, standard library only): `go list -deps`
 * names every package the snippets import, and each is type-checked from source — declarations
 * only for the SDK and its dependencies (their function bodies type nothing a snippet uses), fully
 * for the snippets. Every identifier a snippet uses is resolved against the pinned SDK's own
 * declarations, without compiling the SDK: `go build` of msgraph-sdk-go from a cold cache took 6 to
 * 13 minutes on this machine, the declaration check takes seconds. Each file is parsed on its own,
 * so a syntax error in one snippet does not hide the others' type errors.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pinsFor, type VerifyApi } from './pins.js';
import { runProcess, step, VerifyUnavailable } from './process.js';
import { genericClass, UnitBuilder, type RawError, type VerifySnippet, type Wrapped } from './snippet.js';

const MODULE = 'snipgenverify';
/** The SDK's root module (and package) for an API version. */
const root = (api: VerifyApi): string => pinsFor('go', api).sdk.module;

/** Wraps one snippet as `snippets/s<NNNN>.go`. */
export function wrapGo(snippet: VerifySnippet, index: number): Wrapped {
  const lines = snippet.code.split('\n');
  const b = new UnitBuilder().wrapper('package snippets', '');
  let i = 0;
  let rootAlias: string | null = null;
  // leading comments, blank lines and import declarations stay at file level
  for (; i < lines.length; i++) {
    const t = lines[i]!.trim();
    if (t === '' || t.startsWith('//')) {
      b.snippet(lines[i]!, i + 1);
      continue;
    }
    if (t.startsWith('import (')) {
      for (; i < lines.length; i++) {
        b.snippet(lines[i]!, i + 1);
        rootAlias = importAlias(lines[i]!, snippet.apiVersion) ?? rootAlias;
        if (lines[i]!.trim() === ')') break;
      }
      continue;
    }
    if (t.startsWith('import ')) {
      b.snippet(lines[i]!, i + 1);
      rootAlias = importAlias(lines[i]!, snippet.apiVersion) ?? rootAlias;
      continue;
    }
    break;
  }
  // the reader creates the client with the root package the snippet imports for it
  if (rootAlias) b.wrapper(`var _ *${rootAlias}.GraphServiceClient`);
  const name = `s${String(index).padStart(4, '0')}`;
  // a snippet that creates its own client (older docs) is left to do so
  const own = /^\s*graphClient\s*(:=|,)/m.test(snippet.code);
  b.wrapper(own ? `func ${name}() {` : `func ${name}(graphClient *graphServiceClient) {`);
  for (; i < lines.length; i++) b.snippet(lines[i]!, i + 1, '\t');
  b.wrapper('}');
  return b.build(`${name}.go`);
}

/** The name an import line gives the SDK's root package, if it imports it. */
function importAlias(line: string, api: VerifyApi): string | null {
  const m = /^\s*(?:import\s+)?(\w+\s+)?"([^"]+)"/.exec(line);
  if (!m || m[2] !== root(api)) return null;
  return m[1]?.trim() ?? 'msgraphsdk';
}

const clientFile = (api: VerifyApi): string => `package snippets\n\nimport msgraphsdk "${root(api)}"\n\ntype graphServiceClient = msgraphsdk.GraphServiceClient\n`;

/** `s0001.go:12:3: message` lines of the checker (also `./snippets/…` as `go build` prints them; continuation lines start with a tab). */
export function parseGoOutput(output: string): RawError[] {
  const out: RawError[] = [];
  for (const line of output.split('\n')) {
    const m = /^(?:\.\/)?(?:snippets\/)?(s\d{4}\.go):(\d+):(\d+): (.*)$/.exec(line);
    if (m) out.push({ fileName: m[1]!, line: Number(m[2]), column: Number(m[3]), message: m[4]! });
    else if (line.startsWith('\t') && out.length > 0) {
      const last = out[out.length - 1]!;
      out[out.length - 1] = { ...last, message: `${last.message} ${line.trim()}` };
    }
  }
  return out;
}

const CLASSES: readonly [RegExp, string][] = [
  [/declared and not used/, 'declared and not used'],
  [/imported and not used/, 'imported and not used'],
  [/has no field or method/, 'no such field or method'],
  [/^unknown field /, 'unknown field'],
  [/^undefined: /, 'undefined name'],
  [/^cannot use .* as .* value in/, 'wrong type'],
  [/not enough arguments|too many arguments/, 'wrong number of arguments'],
  [/is not used$/, 'result not used'],
  [/mismatch|assignment mismatch/, 'assignment mismatch'],
];
export function classifyGo(message: string): string {
  return CLASSES.find(([r]) => r.test(message))?.[1] ?? genericClass(message);
}

export interface GoWorkspace {
  readonly dir: string;
  readonly env: Readonly<Record<string, string>>;
}

/** The Go language version of the workspace module (its `go` directive), which the check applies. */
const GO_VERSION = '1.22';

/** The module with the pinned SDK downloaded and the type checker built; caches kept inside `dir`. */
export async function prepareGo(dir: string, timeoutMs: number, api: VerifyApi = 'v1.0'): Promise<GoWorkspace> {
  const env = { GOMODCACHE: path.join(dir, 'mod'), GOCACHE: path.join(dir, 'build'), GOFLAGS: '-mod=mod', GOTOOLCHAIN: 'local', GOWORK: 'off', CGO_ENABLED: '0' };
  const ws = path.join(dir, 'module');
  await mkdir(path.join(ws, 'snippets'), { recursive: true });
  await mkdir(path.join(ws, 'typecheck'), { recursive: true });
  await writeFile(path.join(ws, 'go.mod'), `module ${MODULE}\n\ngo ${GO_VERSION}\n\nrequire ${root(api)} ${pinsFor('go', api).sdk.version}\n`);
  await writeFile(path.join(ws, 'snippets', 'client.go'), clientFile(api));
  await writeFile(path.join(ws, 'typecheck', 'main.go'), TYPECHECK_SOURCE);
  const version = await runProcess('go', ['version'], { cwd: ws, timeoutMs: 30_000 });
  if (version.code !== 0) throw new VerifyUnavailable('go: the Go toolchain is not installed (go version failed)');
  await step('go: downloading the SDK', 'go', ['mod', 'tidy'], { cwd: ws, timeoutMs, env });
  await step('go: building the type checker', 'go', ['build', '-o', 'typecheck/typecheck', './typecheck'], { cwd: ws, timeoutMs, env });
  return { dir: ws, env };
}

/** Type-checks the units in one run of the workspace's checker; returns the raw errors. */
export async function compileGo(ws: GoWorkspace, units: readonly Wrapped[], timeoutMs: number): Promise<RawError[]> {
  const folder = path.join(ws.dir, 'snippets');
  // the snippets of an earlier run, and the registry `verify --run-go` adds (run.ts), are not this check's
  for (const f of await readdir(folder)) if (/^s\d{4}\.go$/.test(f) || f === 'zz_run.go') await rm(path.join(folder, f));
  for (const u of units) await writeFile(path.join(folder, u.fileName), u.text);
  const r = await runProcess(path.join(ws.dir, 'typecheck', 'typecheck'), [folder, `go${GO_VERSION}`], { cwd: ws.dir, timeoutMs, env: ws.env });
  if (r.timedOut) throw new VerifyUnavailable(`go: the type check timed out after ${Math.round(timeoutMs / 1000)} s`);
  const errors = parseGoOutput(r.stdout);
  if (r.code !== 0 && errors.length === 0) {
    throw new VerifyUnavailable(`go: the type check failed without snippet errors:\n${`${r.stdout}\n${r.stderr}`.trim().split('\n').slice(-6).join('\n')}`);
  }
  return errors;
}

/**
 * The checker `prepareGo` builds (standard library only). Arguments: the snippets folder and the Go
 * language version. Exit 0 when every file checks, 1 when any error was printed, 2 when the
 * packages could not be listed.
 */
export const TYPECHECK_SOURCE = `// Written by snipgen verify: type-checks the snippets package against its dependencies read from
// source, declarations only for the dependencies, everything for the snippets.
package main

import (
\t"bufio"
\t"bytes"
\t"encoding/json"
\t"fmt"
\t"go/ast"
\t"go/parser"
\t"go/scanner"
\t"go/token"
\t"go/types"
\t"os"
\t"os/exec"
\t"path/filepath"
\t"sort"
)

type listedPackage struct {
\tImportPath string
\tDir        string
\tGoFiles    []string
}

type sourceImporter struct {
\tfset     *token.FileSet
\tpackages map[string]listedPackage
\tchecked  map[string]*types.Package
}

func (s *sourceImporter) Import(path string) (*types.Package, error) {
\treturn s.ImportFrom(path, "", 0)
}

func (s *sourceImporter) ImportFrom(path, _ string, _ types.ImportMode) (*types.Package, error) {
\tif path == "unsafe" {
\t\treturn types.Unsafe, nil
\t}
\tif p, ok := s.checked[path]; ok {
\t\treturn p, nil
\t}
\tl, ok := s.packages[path]
\tif !ok {
\t\treturn nil, fmt.Errorf("package %s is not among the module's dependencies", path)
\t}
\tvar files []*ast.File
\tfor _, name := range l.GoFiles {
\t\tf, err := parser.ParseFile(s.fset, filepath.Join(l.Dir, name), nil, parser.SkipObjectResolution)
\t\tif err != nil {
\t\t\treturn nil, err
\t\t}
\t\tfiles = append(files, f)
\t}
\t// A dependency's function bodies type nothing a snippet uses: only its declarations are checked.
\tconf := types.Config{Importer: s, IgnoreFuncBodies: true, FakeImportC: true, Error: func(error) {}}
\tp, _ := conf.Check(path, s.fset, files, nil)
\ts.checked[path] = p
\treturn p, nil
}

func main() {
\tdir, goVersion := os.Args[1], os.Args[2]
\tlist := exec.Command("go", "list", "-deps", "-json=ImportPath,Dir,GoFiles", "./"+filepath.Base(dir))
\tlist.Dir = filepath.Dir(dir)
\tlist.Stderr = os.Stderr
\tout, err := list.Output()
\tif err != nil {
\t\tfmt.Fprintln(os.Stderr, "go list:", err)
\t\tos.Exit(2)
\t}
\timp := &sourceImporter{fset: token.NewFileSet(), packages: map[string]listedPackage{}, checked: map[string]*types.Package{}}
\tfor dec := json.NewDecoder(bytes.NewReader(out)); dec.More(); {
\t\tvar l listedPackage
\t\tif err := dec.Decode(&l); err != nil {
\t\t\tfmt.Fprintln(os.Stderr, "go list output:", err)
\t\t\tos.Exit(2)
\t\t}
\t\timp.packages[l.ImportPath] = l
\t}
\tw := bufio.NewWriter(os.Stdout)
\tfailed := false
\treport := func(pos token.Position, msg string) {
\t\tfailed = true
\t\tfmt.Fprintf(w, "%s:%d:%d: %s\\n", filepath.Base(pos.Filename), pos.Line, pos.Column, msg)
\t}
\tnames, _ := filepath.Glob(filepath.Join(dir, "*.go"))
\tsort.Strings(names)
\tvar files []*ast.File
\tfor _, name := range names {
\t\tf, err := parser.ParseFile(imp.fset, name, nil, parser.AllErrors)
\t\tif list, ok := err.(scanner.ErrorList); ok {
\t\t\tfor _, e := range list {
\t\t\t\treport(e.Pos, e.Msg)
\t\t\t}
\t\t\tcontinue // a file that does not parse is left out; the others are still checked
\t\t}
\t\tfiles = append(files, f)
\t}
\tconf := types.Config{Importer: imp, GoVersion: goVersion, Error: func(err error) {
\t\tif e, ok := err.(types.Error); ok {
\t\t\treport(e.Fset.Position(e.Pos), e.Msg)
\t\t}
\t}}
\tconf.Check("${MODULE}/snippets", imp.fset, files, nil)
\tw.Flush()
\tif failed {
\t\tos.Exit(1)
\t}
}
`;
