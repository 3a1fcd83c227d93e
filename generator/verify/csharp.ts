/**
 * C#: snippets type-checked by Debian's Mono C# compiler (`mcs`, C# 7.2) against the public
 * signatures of the Graph .NET SDK (v1.0), which the C# oracle in `../shared/oracles/csharp/`
 * holds as one C# file (bodies `throw null`, `[Obsolete]` kept) plus stubs of the few Kiota
 * abstractions they use. The signatures are compiled once into a library, cached by the files'
 * hashes; every snippet becomes a class whose `Run(graphClient)` method holds its statements (its
 * `using` lines stay at file level), and all are compiled against the library in one run. A call
 * the SDK marks obsolete is an error (CS0618), as the issue asks: a deprecated call is a failure.
 *
 * mcs has no C# 8: `using var x = …;` (a using declaration) is checked as `var x = …;` — the same
 * types, the same calls. The C# oracle covers v1.0 only: beta C# snippets are skipped.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { runProcess, VerifyUnavailable } from './process.js';
import { UnitBuilder, type RawError, type VerifySnippet, type Wrapped } from './snippet.js';

const SIGNATURES = 'graph-v1.0.stubs.cs.br';
const KIOTA = 'kiota.stubs.cs';

export function wrapCSharp(snippet: VerifySnippet, index: number): Wrapped {
  const lines = snippet.code.split('\n');
  const b = new UnitBuilder();
  let i = 0;
  for (; i < lines.length; i++) {
    const t = lines[i]!.trim();
    if (t === '' || t.startsWith('//') || /^using\s+[\w.]+(\s*=\s*[\w.]+)?\s*;$/.test(t)) b.snippet(lines[i]!, i + 1);
    else break;
  }
  const name = `S${String(index).padStart(4, '0')}`;
  b.wrapper(`class ${name}`, '{', '    async System.Threading.Tasks.Task Run(Microsoft.Graph.GraphServiceClient graphClient)', '    {');
  for (; i < lines.length; i++) b.snippet(lines[i]!.replace(/^(\s*)using\s+var\s+/, '$1var '), i + 1, '        ');
  b.wrapper('    }', '}');
  return b.build(`${name.toLowerCase()}.cs`);
}

/** mcs's messages: `file(line,column): error CSxxxx: text`. */
export function parseMcsOutput(text: string): RawError[] {
  const out: RawError[] = [];
  for (const line of text.split('\n')) {
    const m = /^(.+?)\((\d+),(\d+)\): error (CS\d+): (.*)$/.exec(line.trim());
    if (m === null) continue;
    out.push({ fileName: path.basename(m[1]!), line: Number(m[2]), column: Number(m[3]), message: `${m[4]}: ${m[5]}`, errorClass: m[4] === 'CS0618' ? 'deprecated (CS0618)' : m[4]! });
  }
  return out;
}

export interface CSharpWorkspace {
  readonly dir: string;
  readonly library: string;
}

/** Compiles the oracle's signatures into a library once (cached by the files' hashes). */
export async function prepareCSharp(dir: string, timeoutMs: number, oraclesDir: string): Promise<CSharpWorkspace> {
  const mcs = await runProcess('mcs', ['--version'], { cwd: process.cwd(), timeoutMs: 30_000 });
  if (mcs.code !== 0) throw new VerifyUnavailable("csharp: Mono's C# compiler is not installed (apt-get install mono-mcs)");
  const signatures = path.join(oraclesDir, 'csharp', SIGNATURES);
  const kiota = path.join(oraclesDir, 'csharp', KIOTA);
  if (!existsSync(signatures) || !existsSync(kiota)) throw new VerifyUnavailable(`csharp: the C# oracle is missing (${path.dirname(signatures)})`);
  const hash = createHash('sha256').update(readFileSync(signatures)).update('\0').update(readFileSync(kiota)).digest('hex').slice(0, 16);
  const library = path.join(dir, `Graph.Stubs.${hash}.dll`);
  if (existsSync(library)) return { dir, library };
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const source = path.join(dir, 'graph-v1.0.stubs.cs');
  await writeFile(source, brotliDecompressSync(await readFile(signatures)));
  const tmp = `${library}.${process.pid}.tmp`;
  const r = await runProcess('mcs', ['-langversion:7.2', '-nowarn:0618,0612', '-target:library', `-out:${tmp}`, source, kiota], { cwd: dir, timeoutMs });
  await rm(source, { force: true });
  if (r.timedOut || r.code !== 0) {
    throw new VerifyUnavailable(`csharp: compiling the SDK signatures failed (exit ${r.code ?? 'timeout'}):\n${(r.stdout + r.stderr).trim().split('\n').slice(-6).join('\n')}`);
  }
  await rm(library, { force: true });
  await writeFile(library, await readFile(tmp));
  await rm(tmp, { force: true });
  return { dir, library };
}

export async function compileCSharp(ws: CSharpWorkspace, units: readonly Wrapped[], timeoutMs: number): Promise<RawError[]> {
  const src = path.join(ws.dir, 'src');
  await rm(src, { recursive: true, force: true });
  await mkdir(src, { recursive: true });
  for (const u of units) await writeFile(path.join(src, u.fileName), u.text);
  const args = ['-langversion:7.2', '-nowarn:0219,1998', '-warnaserror:0618', '-target:library', `-r:${ws.library}`, `-out:${path.join(ws.dir, 'snippets.dll')}`, ...units.map((u) => path.join(src, u.fileName))];
  const r = await runProcess('mcs', args, { cwd: src, timeoutMs });
  if (r.timedOut) throw new VerifyUnavailable(`csharp: mcs timed out after ${Math.round(timeoutMs / 1000)} s`);
  const errors = parseMcsOutput(r.stdout + '\n' + r.stderr);
  if (r.code !== 0 && errors.length === 0) throw new VerifyUnavailable(`csharp: mcs failed without a message (exit ${r.code ?? 'none'}):\n${(r.stdout + r.stderr).trim().split('\n').slice(-6).join('\n')}`);
  return errors;
}
