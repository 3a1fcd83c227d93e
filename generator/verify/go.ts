/**
 * Go: every snippet becomes one file of one package (`snippets`) in a module that requires the
 * pinned SDK; the client is a parameter typed through a package-level alias, so a snippet's own
 * imports stay as written. One `go build -gcflags=-e` type-checks them all (every error, not the
 * first ten); module and build caches live in the workspace, so only the first run compiles the SDK.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PINS } from './pins.js';
import { runProcess, step, VerifyUnavailable } from './process.js';
import { genericClass, UnitBuilder, type RawError, type VerifySnippet, type Wrapped } from './snippet.js';

const MODULE = 'snipgenverify';
const ROOT = PINS.go.sdk.module;

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
        rootAlias = importAlias(lines[i]!) ?? rootAlias;
        if (lines[i]!.trim() === ')') break;
      }
      continue;
    }
    if (t.startsWith('import ')) {
      b.snippet(lines[i]!, i + 1);
      rootAlias = importAlias(lines[i]!) ?? rootAlias;
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
function importAlias(line: string): string | null {
  const m = /^\s*(?:import\s+)?(\w+\s+)?"([^"]+)"/.exec(line);
  if (!m || m[2] !== ROOT) return null;
  return m[1]?.trim() ?? 'msgraphsdk';
}

const CLIENT_FILE = `package snippets\n\nimport msgraphsdk "${ROOT}"\n\ntype graphServiceClient = msgraphsdk.GraphServiceClient\n`;

/** `./snippets/s0001.go:12:3: message` lines of `go build` (continuation lines start with a tab). */
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

/** The module with the pinned SDK downloaded; caches kept inside `dir`. */
export async function prepareGo(dir: string, timeoutMs: number): Promise<GoWorkspace> {
  const env = { GOMODCACHE: path.join(dir, 'mod'), GOCACHE: path.join(dir, 'build'), GOFLAGS: '-mod=mod', GOTOOLCHAIN: 'local', GOWORK: 'off' };
  const ws = path.join(dir, 'module');
  await mkdir(path.join(ws, 'snippets'), { recursive: true });
  await writeFile(path.join(ws, 'go.mod'), `module ${MODULE}\n\ngo 1.22\n\nrequire ${ROOT} ${PINS.go.sdk.version}\n`);
  await writeFile(path.join(ws, 'snippets', 'client.go'), CLIENT_FILE);
  const version = await runProcess('go', ['version'], { cwd: ws, timeoutMs: 30_000 });
  if (version.code !== 0) throw new VerifyUnavailable('go: the Go toolchain is not installed (go version failed)');
  await step('go: downloading the SDK', 'go', ['mod', 'tidy'], { cwd: ws, timeoutMs, env });
  return { dir: ws, env };
}

/** Type-checks the units with one `go build`; returns the raw errors. */
export async function compileGo(ws: GoWorkspace, units: readonly Wrapped[], timeoutMs: number): Promise<RawError[]> {
  const folder = path.join(ws.dir, 'snippets');
  for (const f of await readdir(folder)) if (/^s\d{4}\.go$/.test(f)) await rm(path.join(folder, f));
  for (const u of units) await writeFile(path.join(folder, u.fileName), u.text);
  const r = await runProcess('go', ['build', '-gcflags=-e', './snippets'], { cwd: ws.dir, timeoutMs, env: ws.env });
  if (r.timedOut) throw new VerifyUnavailable(`go: go build timed out after ${Math.round(timeoutMs / 1000)} s`);
  const errors = parseGoOutput(r.stderr);
  if (r.code !== 0 && errors.length === 0) throw new VerifyUnavailable(`go: go build failed without snippet errors:\n${r.stderr.trim().split('\n').slice(-6).join('\n')}`);
  return errors;
}
