/**
 * The runners of `snipgen verify --run`: one process per language runs a whole batch of compiled
 * snippets, one after the other, against the capturing server (capture.ts). The snippet text is
 * unchanged: the wrapper's client is pointed at the server and tags every request with the snippet
 * it comes from (the header `x-snipgen-snippet`, added by the client's own middleware):
 *
 * - Python: one asyncio loop; `GraphRequestAdapter` with kiota's `AnonymousAuthenticationProvider`
 *   and its base URL set to the server; the tag is an httpx request hook;
 * - JavaScript: one node process; `Client.init({ authProvider })` with a callback provider; the
 *   client's fetch goes to `https://graph.microsoft.com`, so the process's `fetch` is replaced by
 *   one that sends it to the server instead (the transport redirects) and adds the tag;
 * - Java: one JVM; `new GraphServiceClient(new AnonymousAuthenticationProvider(), okHttp)` where
 *   `okHttp` is the SDK's `GraphClientFactory.create()` chain plus a tagging interceptor, and the
 *   request adapter's base URL set to the server.
 *
 * Each runner prints one line per snippet: `@@snipgen <tag> ok` or `@@snipgen <tag> error <text>`.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runProcess, VerifyUnavailable } from './process.js';
import type { Wrapped } from './snippet.js';

export interface RunOutcome {
  /** null: the snippet returned normally; else what it raised (one line) */
  readonly error: string | null;
}

export function parseRunnerOutput(stdout: string): Map<string, RunOutcome> {
  const out = new Map<string, RunOutcome>();
  for (const line of stdout.split('\n')) {
    const m = /^@@snipgen (\S+) (ok|error)(?: (.*))?$/.exec(line);
    if (m) out.set(m[1]!, { error: m[2] === 'ok' ? null : (m[3] ?? 'error').slice(0, 400) });
  }
  return out;
}

const tagOf = (u: Wrapped): string => u.fileName.replace(/\.\w+$/, '');

const PYTHON_RUNNER = `
import asyncio, importlib, inspect, sys, traceback
from kiota_abstractions.authentication.anonymous_authentication_provider import AnonymousAuthenticationProvider
from msgraph.graph_request_adapter import GraphRequestAdapter
from msgraph.graph_service_client import GraphServiceClient

current = {"tag": ""}

async def tag(request):
    request.headers["x-snipgen-snippet"] = current["tag"]

def one_line(e):
    return (type(e).__name__ + ": " + str(e)).replace("\\n", " ")

async def main():
    port = sys.argv[1]
    adapter = GraphRequestAdapter(AnonymousAuthenticationProvider())
    adapter.base_url = "http://127.0.0.1:" + port + "/v1.0"
    adapter._http_client.event_hooks["request"].append(tag)
    client = GraphServiceClient(request_adapter=adapter)
    for name in sys.argv[2:]:
        current["tag"] = name
        try:
            mod = importlib.import_module(name)
            fn = mod._snippet
            if len(inspect.signature(fn).parameters) == 0:
                raise RuntimeError("the snippet creates its own client")
            await asyncio.wait_for(fn(client), 20)
            print("@@snipgen " + name + " ok", flush=True)
        except BaseException as e:
            print("@@snipgen " + name + " error " + one_line(e), flush=True)

asyncio.run(main())
`;

export async function runPython(wsDir: string, units: readonly Wrapped[], port: number, timeoutMs: number): Promise<Map<string, RunOutcome>> {
  const dir = path.join(wsDir, 'run');
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const u of units) await writeFile(path.join(dir, u.fileName), u.text);
  await writeFile(path.join(dir, '_snipgen_run.py'), PYTHON_RUNNER);
  const python = path.join(wsDir, 'venv', 'bin', 'python');
  const r = await runProcess(python, ['_snipgen_run.py', String(port), ...units.map(tagOf)], { cwd: dir, timeoutMs, env: { PYTHONDONTWRITEBYTECODE: '1', PYTHONPATH: dir } });
  if (r.timedOut) throw new VerifyUnavailable(`python: the run timed out after ${Math.round(timeoutMs / 1000)} s`);
  const out = parseRunnerOutput(r.stdout);
  if (out.size === 0 && units.length > 0) throw new VerifyUnavailable(`python: the runner ran nothing (exit ${r.code ?? 'none'}):\n${r.stderr.trim().split('\n').slice(-6).join('\n')}`);
  return out;
}

const JAVASCRIPT_RUNNER = `
import { Client } from '@microsoft/microsoft-graph-client';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [port, ...names] = process.argv.slice(2);
let current = '';
const realFetch = globalThis.fetch;
globalThis.fetch = (input, init = {}) => {
  const url = typeof input === 'string' ? input : input.url;
  const target = url.replace(/^https:\\/\\/graph\\.microsoft\\.com/i, 'http://127.0.0.1:' + port);
  const headers = new Headers(init.headers ?? (typeof input === 'string' ? undefined : input.headers));
  headers.set('x-snipgen-snippet', current);
  return realFetch(target, { ...init, headers, ...(init.body && typeof init.body === 'object' && typeof init.body.pipe === 'function' ? { duplex: 'half' } : {}) });
};
const authProvider = (done) => done(null, 'snipgen-anonymous');
const oneLine = (e) => String(e && e.stack ? (e.constructor?.name ?? 'Error') + ': ' + (e.message ?? e) + (e.cause ? ' (' + (e.cause.message ?? e.cause) + ')' : '') : e).replace(/\\s+/g, ' ');
for (const name of names) {
  current = name;
  try {
    const mod = await import(pathToFileURL(path.resolve(name + '.js')).href);
    const params = /\\(([^)]*)\\)/.exec(mod.snippet.toString())[1].split(',').map((p) => p.trim()).filter(Boolean);
    const client = Client.init({ authProvider });
    const args = params.map((p) => (p === 'client' ? client : authProvider));
    let timer;
    await Promise.race([mod.snippet(...args), new Promise((_, reject) => { timer = setTimeout(() => reject(new Error('timed out after 20 s')), 20000); })]);
    clearTimeout(timer);
    console.log('@@snipgen ' + name + ' ok');
  } catch (e) {
    console.log('@@snipgen ' + name + ' error ' + oneLine(e));
  }
}
process.exit(0);
`;

export async function runJavaScript(wsDir: string, units: readonly Wrapped[], port: number, timeoutMs: number): Promise<Map<string, RunOutcome>> {
  const dir = path.join(wsDir, 'run');
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const u of units) await writeFile(path.join(dir, u.fileName), u.text);
  await writeFile(path.join(dir, '_snipgen_run.mjs'), JAVASCRIPT_RUNNER);
  const r = await runProcess(process.execPath, ['_snipgen_run.mjs', String(port), ...units.map(tagOf)], { cwd: dir, timeoutMs });
  if (r.timedOut) throw new VerifyUnavailable(`javascript: the run timed out after ${Math.round(timeoutMs / 1000)} s`);
  const out = parseRunnerOutput(r.stdout);
  if (out.size === 0 && units.length > 0) throw new VerifyUnavailable(`javascript: the runner ran nothing (exit ${r.code ?? 'none'}):\n${r.stderr.trim().split('\n').slice(-6).join('\n')}`);
  return out;
}

const JAVA_RUNNER = `
import com.microsoft.graph.core.requests.GraphClientFactory;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.authentication.AnonymousAuthenticationProvider;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.concurrent.TimeUnit;

public class SnipgenRunner {
  static volatile String current = "";

  static String oneLine(Throwable e) {
    return (e.getClass().getSimpleName() + ": " + e.getMessage()).replaceAll("\\\\s+", " ");
  }

  public static void main(String[] args) throws Exception {
    okhttp3.OkHttpClient http = GraphClientFactory.create()
      .addInterceptor(chain -> chain.proceed(chain.request().newBuilder().header("x-snipgen-snippet", current).build()))
      .callTimeout(20, TimeUnit.SECONDS)
      .build();
    GraphServiceClient client = new GraphServiceClient(new AnonymousAuthenticationProvider(), http);
    client.getRequestAdapter().setBaseUrl("http://127.0.0.1:" + args[0] + "/v1.0");
    for (int i = 1; i < args.length; i++) {
      current = args[i];
      try {
        Method run = Class.forName(args[i]).getDeclaredMethod("run", GraphServiceClient.class);
        run.setAccessible(true);
        run.invoke(null, client);
        System.out.println("@@snipgen " + args[i] + " ok");
      } catch (InvocationTargetException e) {
        System.out.println("@@snipgen " + args[i] + " error " + oneLine(e.getCause()));
      } catch (Throwable e) {
        System.out.println("@@snipgen " + args[i] + " error " + oneLine(e));
      }
    }
    System.exit(0);
  }
}
`;

/** Runs the Java snippets from the classes `verify` compiled (`<ws>/classes`). */
export async function runJava(wsDir: string, classpath: string, units: readonly Wrapped[], port: number, timeoutMs: number): Promise<Map<string, RunOutcome>> {
  const dir = path.join(wsDir, 'run');
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'SnipgenRunner.java'), JAVA_RUNNER);
  const classes = path.join(wsDir, 'classes');
  const c = await runProcess('javac', ['-d', dir, '-cp', classpath, '-nowarn', path.join(dir, 'SnipgenRunner.java')], { cwd: dir, timeoutMs: 120_000 });
  if (c.code !== 0) throw new VerifyUnavailable(`java: the runner does not compile:\n${(c.stderr + c.stdout).trim().split('\n').slice(-6).join('\n')}`);
  const cp = [dir, classes, classpath].join(path.delimiter);
  const r = await runProcess('java', ['-cp', cp, '-Xshare:auto', '-XX:TieredStopAtLevel=1', 'SnipgenRunner', String(port), ...units.map(tagOf)], { cwd: dir, timeoutMs });
  if (r.timedOut) throw new VerifyUnavailable(`java: the run timed out after ${Math.round(timeoutMs / 1000)} s`);
  const out = parseRunnerOutput(r.stdout);
  if (out.size === 0 && units.length > 0) throw new VerifyUnavailable(`java: the runner ran nothing (exit ${r.code ?? 'none'}):\n${r.stderr.trim().split('\n').slice(-6).join('\n')}`);
  return out;
}

/** The Go runner's main package (`<module>/runner`): a client on the capturing server, each named snippet run in turn. */
const GO_RUNNER = `// Written by snipgen verify --run: runs the named snippets against the capturing server.
package main

import (
\t"fmt"
\t"net/http"
\t"os"
\t"strings"
\t"time"

\tauth "github.com/microsoft/kiota-abstractions-go/authentication"
\tmsgraphsdk "github.com/microsoftgraph/msgraph-sdk-go"
\tcore "github.com/microsoftgraph/msgraph-sdk-go-core"

\t"snipgenverify/snippets"
)

var current string

type tagger struct{ base http.RoundTripper }

func (t tagger) RoundTrip(r *http.Request) (*http.Response, error) {
\tr = r.Clone(r.Context())
\tr.Header.Set("x-snipgen-snippet", current)
\treturn t.base.RoundTrip(r)
}

func main() {
\tport := os.Args[1]
\thttpClient := core.GetDefaultClient(&core.GraphClientOptions{})
\thttpClient.Transport = tagger{httpClient.Transport}
\thttpClient.Timeout = 20 * time.Second
\tadapter, err := msgraphsdk.NewGraphRequestAdapterWithParseNodeFactoryAndSerializationWriterFactoryAndHttpClient(&auth.AnonymousAuthenticationProvider{}, nil, nil, httpClient)
\tif err != nil {
\t\tfmt.Fprintln(os.Stderr, err)
\t\tos.Exit(2)
\t}
\tadapter.SetBaseUrl("http://127.0.0.1:" + port + "/v1.0")
\tclient := msgraphsdk.NewGraphServiceClient(adapter)
\tfor _, name := range os.Args[2:] {
\t\tcurrent = name
\t\t// a snippet that ends the process (log.Fatal) leaves its start line last: the caller goes on after it
\t\tfmt.Println("@@snipgen-start " + name)
\t\tif err := snippets.Run(name, client); err != nil {
\t\t\tfmt.Println("@@snipgen " + name + " error " + strings.Join(strings.Fields(err.Error()), " "))
\t\t} else {
\t\t\tfmt.Println("@@snipgen " + name + " ok")
\t\t}
\t}
}
`;

/** `snippets.Run`: the snippet of a name with the client, a panic as an error. */
function goRegistry(units: readonly Wrapped[]): string {
  const cases = units.map((u) => {
    const name = tagOf(u);
    // a snippet that creates its own client (older docs) takes none
    return new RegExp(`^func ${name}\\(graphClient `, 'm').test(u.text) ? `\tcase "${name}":\n\t\t${name}(client)` : `\tcase "${name}":\n\t\treturn fmt.Errorf("the snippet creates its own client")`;
  });
  return `package snippets

import "fmt"

// Run runs the snippet of that name; a panic is returned as an error.
func Run(name string, client *graphServiceClient) (err error) {
\tdefer func() {
\t\tif r := recover(); r != nil {
\t\t\terr = fmt.Errorf("panic: %v", r)
\t\t}
\t}()
\tswitch name {
${cases.join('\n')}
\tdefault:
\t\treturn fmt.Errorf("no snippet %s", name)
\t}
\treturn nil
}
`;
}

/**
 * Runs the Go snippets: they are built with the SDK into one program (`go build`: compiling
 * msgraph-sdk-go the first time takes many minutes, which is why only the benchmark runs Go), which
 * runs them in turn. A snippet that ends the process (`log.Fatal(err)`, as the snippets handle an
 * error) is given that as its error and the program is started again after it.
 */
export async function runGo(ws: { dir: string; env: Readonly<Record<string, string>> }, units: readonly Wrapped[], port: number, timeoutMs: number): Promise<Map<string, RunOutcome>> {
  const folder = path.join(ws.dir, 'snippets');
  for (const f of await readdir(folder)) if (/^s\d{4}\.go$/.test(f) || f === 'zz_run.go') await rm(path.join(folder, f));
  for (const u of units) await writeFile(path.join(folder, u.fileName), u.text);
  await writeFile(path.join(folder, 'zz_run.go'), goRegistry(units));
  await mkdir(path.join(ws.dir, 'runner'), { recursive: true });
  await writeFile(path.join(ws.dir, 'runner', 'main.go'), GO_RUNNER);
  const b = await runProcess('go', ['build', '-o', path.join('runner', 'runner'), './runner'], { cwd: ws.dir, timeoutMs, env: ws.env });
  await rm(path.join(folder, 'zz_run.go')); // the type check (go.ts) takes the folder as it finds it
  if (b.timedOut) throw new VerifyUnavailable(`go: building the runner timed out after ${Math.round(timeoutMs / 1000)} s`);
  if (b.code !== 0) throw new VerifyUnavailable(`go: the runner does not build:\n${(b.stderr + b.stdout).trim().split('\n').slice(-6).join('\n')}`);
  const out = new Map<string, RunOutcome>();
  let pending = units.map(tagOf);
  while (pending.length > 0) {
    const r = await runProcess(path.join(ws.dir, 'runner', 'runner'), [String(port), ...pending], { cwd: ws.dir, timeoutMs, env: ws.env });
    if (r.timedOut) throw new VerifyUnavailable(`go: the run timed out after ${Math.round(timeoutMs / 1000)} s`);
    for (const [tag, outcome] of parseRunnerOutput(r.stdout)) out.set(tag, outcome);
    const started = [...r.stdout.matchAll(/^@@snipgen-start (\S+)$/gm)].map((m) => m[1]!);
    const last = started[started.length - 1];
    if (last === undefined) throw new VerifyUnavailable(`go: the runner ran nothing (exit ${r.code ?? 'none'}):\n${r.stderr.trim().split('\n').slice(-6).join('\n')}`);
    if (!out.has(last)) out.set(last, { error: `the process ended (exit ${r.code ?? 'none'}): ${r.stderr.trim().split('\n').slice(-1)[0] ?? ''}`.slice(0, 400) });
    pending = pending.slice(pending.indexOf(last) + 1);
  }
  return out;
}
