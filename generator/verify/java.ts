/**
 * Java: every snippet becomes one class whose method takes the client as a parameter; its own
 * imports stay at file level. The pinned SDK's classpath is resolved once with Maven into the
 * workspace (its own local repository); one `javac` run compiles all snippets.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pinsFor, type VerifyApi } from './pins.js';
import { runProcess, step, VerifyUnavailable } from './process.js';
import { genericClass, UnitBuilder, type RawError, type VerifySnippet, type Wrapped } from './snippet.js';

export function wrapJava(snippet: VerifySnippet, index: number): Wrapped {
  const lines = snippet.code.split('\n');
  const name = `Snippet${String(index).padStart(4, '0')}`;
  const b = new UnitBuilder();
  let i = 0;
  for (; i < lines.length; i++) {
    const t = lines[i]!.trim();
    if (t === '' || t.startsWith('//') || /^import\s/.test(t)) b.snippet(lines[i]!, i + 1);
    else break;
  }
  // a snippet that creates its own client (older docs) is left to do so
  const own = /\bGraphServiceClient\s+graphClient\s*=/.test(snippet.code);
  b.wrapper(`class ${name} {`, own ? '  static void run() throws Exception {' : `  static void run(com.microsoft.graph${snippet.apiVersion === 'beta' ? '.beta' : ''}.serviceclient.GraphServiceClient graphClient) throws Exception {`);
  for (; i < lines.length; i++) b.snippet(lines[i]!, i + 1, '    ');
  b.wrapper('  }', '}');
  return b.build(`${name}.java`);
}

/** `path/Snippet0001.java:12: error: message`, then the source line, a caret line, and `symbol:` details. */
export function parseJavacOutput(output: string): RawError[] {
  const out: RawError[] = [];
  let current: { fileName: string; line: number; column: number; message: string; sawCaret: boolean } | null = null;
  const flush = (): void => {
    if (current) out.push({ fileName: current.fileName, line: current.line, column: current.column, message: current.message });
    current = null;
  };
  for (const line of output.split('\n')) {
    const m = /^(?:.*[\\/])?(Snippet\d{4}\.java):(\d+): error: (.*)$/.exec(line);
    if (m) {
      flush();
      current = { fileName: m[1]!, line: Number(m[2]), column: 1, message: m[3]!, sawCaret: false };
    } else if (current && !current.sawCaret && /^\s*\^\s*$/.test(line)) {
      current.column = line.indexOf('^') + 1;
      current.sawCaret = true;
    } else if (current && current.sawCaret && /^\s+(symbol|location|required|found|reason):/.test(line)) {
      if (/^\s+(symbol|required|found):/.test(line)) current.message += `; ${line.trim()}`;
    } else if (current && current.sawCaret) flush();
  }
  flush();
  return out;
}

export function classifyJava(message: string): string {
  if (message.startsWith('cannot find symbol')) {
    const kind = /symbol:\s+(\w+)/.exec(message)?.[1];
    return kind ? `cannot find symbol (${kind})` : 'cannot find symbol';
  }
  if (/cannot be applied to given types|no suitable (method|constructor) found/.test(message)) return 'wrong arguments';
  if (message.startsWith('incompatible types')) return 'incompatible types';
  if (/^package \S+ does not exist/.test(message)) return 'package does not exist';
  return genericClass(message.split(';')[0]!);
}

export interface JavaWorkspace {
  readonly dir: string;
  readonly classpath: string;
}

const POM = (sdk: { readonly group: string; readonly artifact: string; readonly version: string }): string => `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>snipgen</groupId>
  <artifactId>verify</artifactId>
  <version>1</version>
  <dependencies>
    <dependency>
      <groupId>${sdk.group}</groupId>
      <artifactId>${sdk.artifact}</artifactId>
      <version>${sdk.version}</version>
    </dependency>
  </dependencies>
</project>
`;

export async function prepareJava(dir: string, timeoutMs: number, api: VerifyApi = 'v1.0'): Promise<JavaWorkspace> {
  const cpFile = path.join(dir, 'classpath.txt');
  try {
    return { dir, classpath: (await readFile(cpFile, 'utf8')).trim() };
  } catch {
    // not prepared yet
  }
  await mkdir(dir, { recursive: true });
  for (const tool of ['javac', 'mvn']) {
    const r = await runProcess(tool, ['-version'], { cwd: dir, timeoutMs: 60_000 });
    if (r.code !== 0) throw new VerifyUnavailable(`java: ${tool} is not installed`);
  }
  await writeFile(path.join(dir, 'pom.xml'), POM(pinsFor('java', api).sdk));
  await step('java: resolving the SDK with Maven', 'mvn', ['-B', '-q', `-Dmaven.repo.local=${path.join(dir, 'm2')}`, 'dependency:build-classpath', `-Dmdep.outputFile=${cpFile}.tmp`], { cwd: dir, timeoutMs });
  const cp = (await readFile(`${cpFile}.tmp`, 'utf8')).trim();
  await writeFile(cpFile, cp);
  return { dir, classpath: cp };
}

export async function compileJava(ws: JavaWorkspace, units: readonly Wrapped[], timeoutMs: number): Promise<RawError[]> {
  const src = path.join(ws.dir, 'src');
  await rm(src, { recursive: true, force: true });
  await mkdir(src, { recursive: true });
  for (const u of units) await writeFile(path.join(src, u.fileName), u.text);
  const out = path.join(ws.dir, 'classes');
  await rm(out, { recursive: true, force: true });
  const args = ['-d', out, '-cp', ws.classpath, '-proc:none', '-nowarn', '-Xmaxerrs', '100000', '-encoding', 'UTF-8', ...units.map((u) => path.join(src, u.fileName))];
  const r = await runProcess('javac', args, { cwd: ws.dir, timeoutMs });
  if (r.timedOut) throw new VerifyUnavailable(`java: javac timed out after ${Math.round(timeoutMs / 1000)} s`);
  const errors = parseJavacOutput(r.stderr + r.stdout);
  if (r.code !== 0 && errors.length === 0) throw new VerifyUnavailable(`java: javac failed without snippet errors:\n${(r.stderr + r.stdout).trim().split('\n').slice(-6).join('\n')}`);
  return errors;
}
