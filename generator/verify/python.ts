/**
 * Python: every snippet becomes a module whose statements run in an `async def` that takes the
 * client as a parameter (snippets `await` at top level); its imports stay at module level. Pyright
 * (pinned, from npm) checks all modules against a venv with the pinned SDK, in its standard mode
 * except `reportPrivateImportUsage`: `from msgraph import GraphServiceClient`, as the docs write it,
 * works but the package does not list the name in `__all__`.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pinsFor, type VerifyApi } from './pins.js';
import { runProcess, step, VerifyUnavailable } from './process.js';
import { UnitBuilder, type RawError, type VerifySnippet, type Wrapped } from './snippet.js';

export function wrapPython(snippet: VerifySnippet, index: number): Wrapped {
  const lines = snippet.code.split('\n');
  const root = snippet.apiVersion === 'beta' ? 'msgraph_beta' : 'msgraph';
  const b = new UnitBuilder().wrapper(`from ${root}.graph_service_client import GraphServiceClient as _SnipgenGraphServiceClient`);
  let i = 0;
  let depth = 0;
  for (; i < lines.length; i++) {
    const t = lines[i]!.trim();
    if (depth > 0 || t === '' || t.startsWith('#') || /^(from|import)\s/.test(lines[i]!)) {
      b.snippet(lines[i]!, i + 1);
      depth = Math.max(0, depth + (t.match(/\(/g)?.length ?? 0) - (t.match(/\)/g)?.length ?? 0));
    } else break;
  }
  // a snippet that creates its own client (older docs) is left to do so
  const own = /^\s*graph_client\s*=/m.test(snippet.code);
  b.wrapper(own ? 'async def _snippet() -> None:' : 'async def _snippet(graph_client: _SnipgenGraphServiceClient) -> None:');
  let any = false;
  for (; i < lines.length; i++) {
    b.snippet(lines[i]!, i + 1, '    ');
    if (lines[i]!.trim() !== '' && !lines[i]!.trim().startsWith('#')) any = true;
  }
  if (!any) b.wrapper('    pass');
  return b.build(`s${String(index).padStart(4, '0')}.py`);
}

interface PyrightDiagnostic {
  file: string;
  severity: string;
  message: string;
  rule?: string;
  range: { start: { line: number; character: number } };
}

/** Pyright's `--outputjson` report: its errors (0-based positions made 1-based). */
export function parsePyrightOutput(json: string): RawError[] {
  const report = JSON.parse(json) as { generalDiagnostics?: PyrightDiagnostic[] };
  return (report.generalDiagnostics ?? [])
    .filter((d) => d.severity === 'error')
    .map((d) => ({
      fileName: path.basename(d.file),
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      message: d.message.split('\n').map((l) => l.trim()).join(' '),
      errorClass: d.rule ?? 'syntax',
    }));
}

export interface PythonWorkspace {
  readonly dir: string;
}

export async function preparePython(dir: string, timeoutMs: number, api: VerifyApi = 'v1.0'): Promise<PythonWorkspace> {
  const pins = pinsFor('python', api);
  const stamp = path.join(dir, 'ready');
  try {
    await readFile(stamp);
    return { dir };
  } catch {
    // not prepared yet
  }
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const py = await runProcess('python3', ['--version'], { cwd: dir, timeoutMs: 30_000 });
  if (py.code !== 0) throw new VerifyUnavailable('python: python3 is not installed');
  await step('python: creating the venv', 'python3', ['-m', 'venv', path.join(dir, 'venv')], { cwd: dir, timeoutMs: 120_000 });
  const pip = path.join(dir, 'venv', 'bin', 'pip');
  await step('python: installing the SDK with pip', pip, ['install', '-q', '--disable-pip-version-check', '--timeout', '30', `${pins.sdk.name}==${pins.sdk.version}`], { cwd: dir, timeoutMs });
  await step('python: installing pyright with npm', 'npm', ['install', '--prefix', path.join(dir, 'pyright'), '--no-save', '--no-audit', '--no-fund', `${pins.pyright.name}@${pins.pyright.version}`], { cwd: dir, timeoutMs });
  await writeFile(stamp, '');
  return { dir };
}

export async function compilePython(ws: PythonWorkspace, units: readonly Wrapped[], timeoutMs: number): Promise<RawError[]> {
  const src = path.join(ws.dir, 'src');
  await rm(src, { recursive: true, force: true });
  await mkdir(src, { recursive: true });
  for (const u of units) await writeFile(path.join(src, u.fileName), u.text);
  await writeFile(path.join(ws.dir, 'pyrightconfig.json'), JSON.stringify({ include: ['src'], venvPath: ws.dir, venv: 'venv', pythonVersion: '3.11', typeCheckingMode: 'standard', reportPrivateImportUsage: false }));
  const bin = path.join(ws.dir, 'pyright', 'node_modules', 'pyright', 'index.js');
  const r = await runProcess(process.execPath, [bin, '--outputjson', '-p', path.join(ws.dir, 'pyrightconfig.json')], { cwd: ws.dir, timeoutMs, env: { PYRIGHT_PYTHON_FORCE_VERSION: pinsFor('python', 'v1.0').pyright.version } });
  if (r.timedOut) throw new VerifyUnavailable(`python: pyright timed out after ${Math.round(timeoutMs / 1000)} s`);
  try {
    return parsePyrightOutput(r.stdout);
  } catch {
    throw new VerifyUnavailable(`python: pyright gave no report (exit ${r.code ?? 'none'}):\n${(r.stderr || r.stdout).trim().split('\n').slice(-6).join('\n')}`);
  }
}
