/**
 * `snipgen verify --sdk powershell,cli`: PowerShell and `mgc` snippets judged against the shared
 * oracles (`--oracles <dir>`, default `../shared/oracles` beside the checkout): the cmdlet names of
 * the Microsoft Graph PowerShell SDK v2 per module and profile, the parameter sets of a sample of
 * cmdlets, and the `mgc` (v1.0) command tree with its options. The oracles are test input, read
 * here only; the generator never reads them (it names cmdlets and commands by rule).
 *
 * PowerShell: every `Verb-Mg…` cmdlet a snippet calls is in its profile's list (`Verb-MgBeta…` in
 * beta's; the shared Authentication cmdlets in both), a module named by `Import-Module` exists, and
 * each cmdlet's module is imported; a cmdlet of the parameter sample gets only parameters it has,
 * and some parameter set of it has every mandatory parameter given.
 *
 * CLI: the snippet runs in a real bash (`bash --noprofile --norc`, in an empty temporary folder)
 * with `mgc` defined as a function that hands its arguments back, so the words judged are the
 * words the shell passes; the command path must be a command of the tree, every option one of its
 * own or a global one, every required option present, and a `--body` must still be JSON after the
 * shell. Beta (`mgc-beta`) has no tree here: those snippets are reported skipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runProcess, VerifyUnavailable } from './process.js';
import type { VerifyError, VerifySnippet } from './snippet.js';

// ---------------------------------------------------------------------------------------------
// The oracles.

export interface PowerShellOracle {
  /** lower-case cmdlet → its modules (one, except the DeviceManagement.Actions doubles) */
  readonly v1: ReadonlyMap<string, readonly string[]>;
  readonly beta: ReadonlyMap<string, readonly string[]>;
  /** every module name of both profiles, lower-case */
  readonly modules: ReadonlySet<string>;
  /** lower-case cmdlet → its parameter sets (parameter lower-case → mandatory) */
  readonly sample: ReadonlyMap<string, readonly { readonly name: string; readonly parameters: ReadonlyMap<string, boolean> }[]>;
}

export interface MgcCommand {
  readonly method: string;
  /** option → required */
  readonly options: ReadonlyMap<string, boolean>;
}

export interface MgcOracle {
  /** `mgc users messages get` → the command */
  readonly commands: ReadonlyMap<string, MgcCommand>;
  /** every proper prefix of a command path (`mgc users`): a group, not a command */
  readonly groups: ReadonlySet<string>;
}

const AUTHENTICATION = 'microsoft.graph.authentication';

function readOracle(dir: string, file: string): string {
  const full = path.join(dir, file);
  if (!existsSync(full)) throw new VerifyUnavailable(`the oracle ${full} is missing (give the oracles' folder with --oracles <dir>)`);
  return readFileSync(full, 'utf8');
}

export function parseCmdlets(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const [module, cmdlet] = line.trim().split('\t');
    if (!module || !cmdlet) continue;
    const key = cmdlet.toLowerCase();
    out.set(key, [...(out.get(key) ?? []), module]);
  }
  return out;
}

export function parseParameterSample(text: string): PowerShellOracle['sample'] {
  const out = new Map<string, { name: string; parameters: Map<string, boolean> }[]>();
  for (const line of text.split('\n')) {
    const [cmdlet, set, list] = line.trim().split('\t');
    if (!cmdlet || !set || list === undefined) continue;
    const parameters = new Map<string, boolean>();
    for (const p of list.split(',').map((x) => x.trim()).filter((x) => x !== '')) {
      const mandatory = p.startsWith('*');
      parameters.set(p.replace(/^\*/, '').replace(/^-/, '').toLowerCase(), mandatory);
    }
    const key = cmdlet.toLowerCase();
    out.set(key, [...(out.get(key) ?? []), { name: set, parameters }]);
  }
  return out;
}

export function loadPowerShellOracle(dir: string): PowerShellOracle {
  const v1 = parseCmdlets(readOracle(dir, 'powershell/cmdlets-v1.0.tsv'));
  const beta = parseCmdlets(readOracle(dir, 'powershell/cmdlets-beta.tsv'));
  const modules = new Set<string>();
  for (const list of [...v1.values(), ...beta.values()]) for (const m of list) modules.add(m.toLowerCase());
  return { v1, beta, modules, sample: parseParameterSample(readOracle(dir, 'powershell/parameters-sample.tsv')) };
}

export function parseMgcTree(text: string): MgcOracle {
  const commands = new Map<string, MgcCommand>();
  const groups = new Set<string>();
  for (const line of text.split('\n')) {
    const [words, method, list] = line.replace(/\r$/, '').split('\t');
    if (!words) continue;
    const options = new Map<string, boolean>();
    for (const o of (list ?? '').split(',').filter((x) => x !== '')) options.set(o.replace(/\*$/, ''), o.endsWith('*'));
    commands.set(words, { method: method ?? '', options });
    const parts = words.split(' ');
    for (let i = 1; i < parts.length; i++) groups.add(parts.slice(0, i).join(' '));
  }
  return { commands, groups };
}

export function loadMgcOracle(dir: string): MgcOracle {
  return parseMgcTree(readOracle(dir, 'mgc/commands-v1.0.tsv'));
}

// ---------------------------------------------------------------------------------------------
// PowerShell.

/** The common parameters every cmdlet takes. */
const COMMON_PARAMETERS: ReadonlySet<string> = new Set([
  'verbose', 'debug', 'erroraction', 'warningaction', 'informationaction', 'progressaction', 'errorvariable', 'warningvariable',
  'informationvariable', 'outvariable', 'outbuffer', 'pipelinevariable', 'whatif', 'confirm',
]);

export interface PsCall {
  readonly cmdlet: string;
  readonly line: number;
  readonly column: number;
  /** parameter names (without the dash) with their line */
  readonly parameters: readonly { readonly name: string; readonly line: number; readonly column: number }[];
}

/**
 * The cmdlet calls of a PowerShell snippet: a `Verb-Mg…` word that starts a statement (at the start
 * of a line, after `=`, `|`, `(`, `;` or `{`), with the `-Name` words that follow it up to the end of
 * the statement (backtick continuations followed). Strings and comments are skipped.
 */
export function powershellCalls(code: string): { calls: PsCall[]; imports: { module: string; line: number; column: number }[] } {
  const calls: PsCall[] = [];
  const imports: { module: string; line: number; column: number }[] = [];
  type Token = { text: string; line: number; column: number; kind: 'word' | 'string' | 'punct' | 'newline' };
  const tokens: Token[] = [];
  let line = 1;
  let col = 1;
  let i = 0;
  const advance = (n: number): void => {
    for (let k = 0; k < n; k++) {
      if (code[i] === '\n') {
        line += 1;
        col = 1;
      } else col += 1;
      i += 1;
    }
  };
  while (i < code.length) {
    const c = code[i]!;
    if (c === '\n') {
      tokens.push({ text: '\n', line, column: col, kind: 'newline' });
      advance(1);
    } else if (c === '`' && code[i + 1] === '\n') advance(2);
    else if (c === '`') advance(2);
    else if (c === ' ' || c === '\t' || c === '\r') advance(1);
    else if (c === '#') {
      while (i < code.length && code[i] !== '\n') advance(1);
    } else if (c === '<' && code[i + 1] === '#') {
      while (i < code.length && !(code[i] === '#' && code[i + 1] === '>')) advance(1);
      advance(2);
    } else if (c === "'" || c === '"' || c === '‘' || c === '’' || c === '“' || c === '”') {
      const start = { line, column: col };
      const double = c === '"' || c === '“' || c === '”';
      const here = code[i - 1] === '@';
      advance(1);
      while (i < code.length) {
        const d = code[i]!;
        if (here) {
          if ((d === '"' || d === "'") && code[i + 1] === '@' && code[i - 1] === '\n') {
            advance(2);
            break;
          }
          advance(1);
          continue;
        }
        if (double && d === '`') {
          advance(2);
          continue;
        }
        if ((double ? /["“”]/ : /['‘’]/).test(d)) {
          if ((double ? /["“”]/ : /['‘’]/).test(code[i + 1] ?? '')) {
            advance(2);
            continue;
          }
          advance(1);
          break;
        }
        advance(1);
      }
      tokens.push({ text: '', ...start, kind: 'string' });
    } else if (/[=|(){};,@\[\]]/.test(c)) {
      tokens.push({ text: c, line, column: col, kind: 'punct' });
      advance(1);
    } else {
      const start = { line, column: col };
      let text = '';
      while (i < code.length && !/[\s=|(){};,\[\]'"`#]/.test(code[i]!)) {
        text += code[i]!;
        advance(1);
      }
      if (text === '') advance(1);
      else tokens.push({ text, ...start, kind: 'word' });
    }
  }
  const CMDLET = /^[A-Z][a-zA-Z]+-Mg[A-Za-z0-9]*$/i;
  let depth = 0; // (), {} and @() nesting from the cmdlet
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t]!;
    const prev = tokens[t - 1];
    const startsStatement = prev === undefined || prev.kind === 'newline' || (prev.kind === 'punct' && /[=|({;]/.test(prev.text));
    if (tok.kind !== 'word' || !startsStatement) continue;
    if (tok.text.toLowerCase() === 'import-module') {
      const next = tokens[t + 1];
      if (next?.kind === 'word') imports.push({ module: next.text, line: next.line, column: next.column });
      continue;
    }
    if (!CMDLET.test(tok.text)) continue;
    const parameters: PsCall['parameters'][number][] = [];
    depth = 0;
    for (let u = t + 1; u < tokens.length; u++) {
      const v = tokens[u]!;
      if (depth === 0 && (v.kind === 'newline' || (v.kind === 'punct' && /[|;)}]/.test(v.text)))) break;
      if (v.kind === 'punct' && /[({\[]/.test(v.text)) depth += 1;
      if (v.kind === 'punct' && /[)}\]]/.test(v.text)) depth -= 1;
      if (depth === 0 && v.kind === 'word' && /^-[A-Za-z][A-Za-z0-9]*:?$/.test(v.text)) parameters.push({ name: v.text.slice(1).replace(/:$/, ''), line: v.line, column: v.column });
    }
    calls.push({ cmdlet: tok.text, line: tok.line, column: tok.column, parameters });
  }
  return { calls, imports };
}

/** The oracle's verdict on one PowerShell snippet (errors in the snippet's own lines). */
export function checkPowerShellSnippet(oracle: PowerShellOracle, snippet: Pick<VerifySnippet, 'code' | 'apiVersion'>): VerifyError[] {
  const errors: VerifyError[] = [];
  const { calls, imports } = powershellCalls(snippet.code);
  const imported = new Set(imports.map((m) => m.module.toLowerCase()));
  for (const m of imports) {
    if (!oracle.modules.has(m.module.toLowerCase()) && m.module.toLowerCase() !== AUTHENTICATION) {
      errors.push({ line: m.line, column: m.column, message: `Import-Module ${m.module}: no such module of the PowerShell SDK`, errorClass: 'unknown module' });
    }
  }
  for (const call of calls) {
    const key = call.cmdlet.toLowerCase();
    const beta = /^[a-z]+-mgbeta/i.test(call.cmdlet);
    const v1Modules = oracle.v1.get(key);
    const auth = v1Modules?.some((m) => m.toLowerCase() === AUTHENTICATION) ?? false;
    const modules = auth ? v1Modules! : beta ? oracle.beta.get(key) : v1Modules;
    if (modules === undefined) {
      errors.push({ line: call.line, column: call.column, message: `${call.cmdlet}: no such cmdlet in the ${beta ? 'beta' : 'v1.0'} profile of the PowerShell SDK`, errorClass: 'unknown cmdlet' });
      continue;
    }
    if (!auth && (snippet.apiVersion === 'beta') !== beta) {
      errors.push({ line: call.line, column: call.column, message: `${call.cmdlet}: a ${beta ? 'beta' : 'v1.0'} cmdlet in a ${snippet.apiVersion} snippet`, errorClass: 'profile mix-up' });
    }
    if (!auth && !modules.some((m) => imported.has(m.toLowerCase()))) {
      errors.push({ line: call.line, column: call.column, message: `${call.cmdlet} is in ${modules.join(' or ')}, which the snippet does not import`, errorClass: 'module not imported' });
    }
    const sets = oracle.sample.get(key);
    if (sets === undefined) continue;
    const given = call.parameters.filter((p) => !COMMON_PARAMETERS.has(p.name.toLowerCase()));
    const names = new Set(given.map((p) => p.name.toLowerCase()));
    for (const p of given) {
      if (!sets.some((s) => s.parameters.has(p.name.toLowerCase()))) {
        errors.push({ line: p.line, column: p.column, message: `${call.cmdlet} has no parameter -${p.name}`, errorClass: 'unknown parameter' });
      }
    }
    const fits = sets.filter((s) => [...names].every((n) => s.parameters.has(n)));
    if (fits.length > 0 && !fits.some((s) => [...s.parameters].every(([n, mandatory]) => !mandatory || names.has(n)))) {
      const missing = fits.map((s) => `${s.name}: ${[...s.parameters].filter(([n, m]) => m && !names.has(n)).map(([n]) => `-${n}`).join(', ')}`);
      errors.push({ line: call.line, column: call.column, message: `${call.cmdlet} lacks mandatory parameters (${missing.join('; ')})`, errorClass: 'missing mandatory parameter' });
    } else if (fits.length === 0 && given.every((p) => sets.some((s) => s.parameters.has(p.name.toLowerCase())))) {
      errors.push({ line: call.line, column: call.column, message: `${call.cmdlet}: no parameter set takes ${given.map((p) => `-${p.name}`).join(' ')} together`, errorClass: 'no parameter set' });
    }
  }
  return errors.sort((a, b) => a.line - b.line || a.column - b.column);
}

// ---------------------------------------------------------------------------------------------
// CLI.

/** Options every `mgc` command accepts. */
const GLOBAL_OPTIONS: ReadonlySet<string> = new Set(['--debug', '--headers', '--help', '-h', '-?', '/h', '/?']);

/** Where a word first appears in the snippet at or after a line (for placing an error). */
function placeOf(code: string, word: string, fromLine: number): { line: number; column: number } {
  const lines = code.split('\n');
  for (let l = Math.max(0, fromLine - 1); l < lines.length; l++) {
    const c = lines[l]!.indexOf(word);
    if (c >= 0) return { line: l + 1, column: c + 1 };
  }
  return { line: fromLine, column: 1 };
}

/** The oracle's verdict on one `mgc` invocation (its words as the shell passed them). */
export function checkMgcInvocation(oracle: MgcOracle, args: readonly string[], code: string, commandLine: number): VerifyError[] {
  const errors: VerifyError[] = [];
  const first = args.findIndex((a) => a.startsWith('-'));
  const words = ['mgc', ...(first < 0 ? args : args.slice(0, first))];
  const rest = first < 0 ? [] : args.slice(first);
  const key = words.join(' ');
  const command = oracle.commands.get(key);
  if (command === undefined) {
    // the longest prefix that is a group or command, to say where the path leaves the tree
    let known = words.length - 1;
    while (known > 1 && !oracle.groups.has(words.slice(0, known).join(' ')) && !oracle.commands.has(words.slice(0, known).join(' '))) known -= 1;
    const at = placeOf(code, words[Math.min(known, words.length - 1)]!, commandLine);
    const why = oracle.groups.has(key) ? 'a group, not a command' : `no command '${words[known]}' below '${words.slice(0, known).join(' ')}'`;
    errors.push({ ...at, message: `${key}: not a command of the mgc tree (${why})`, errorClass: oracle.groups.has(key) ? 'group, not a command' : 'unknown command' });
    return errors;
  }
  const given = new Set<string>();
  for (let i = 0; i < rest.length; i++) {
    const word = rest[i]!;
    if (!word.startsWith('-')) continue;
    const name = word.split('=')[0]!;
    given.add(name);
    if (!command.options.has(name) && !GLOBAL_OPTIONS.has(name)) {
      errors.push({ ...placeOf(code, name, commandLine), message: `${key} has no option ${name}`, errorClass: 'unknown option' });
    }
    if (!word.includes('=')) i += 1; // its value
  }
  if (words[1] === 'me' && given.has('--user-id')) errors.push({ ...placeOf(code, '--user-id', commandLine), message: `${key}: --user-id with 'me' duplicates the option the CLI supplies`, errorClass: 'unknown option' });
  const missing = [...command.options].filter(([n, required]) => required && !given.has(n)).map(([n]) => n);
  if (missing.length > 0) errors.push({ line: commandLine, column: 1, message: `${key} needs ${missing.join(', ')}`, errorClass: 'missing required option' });
  const body = rest.indexOf('--body');
  if (body >= 0 && rest[body + 1] !== undefined) {
    try {
      JSON.parse(rest[body + 1]!);
    } catch (e) {
      errors.push({ ...placeOf(code, '--body', commandLine), message: `--body is not JSON after the shell: ${(e as Error).message}`, errorClass: 'body not JSON' });
    }
  }
  return errors;
}

/** The bash prologue: `mgc` and `mgc-beta` hand back their arguments, NUL-separated, one call a record. */
const PROLOGUE = [
  'mgc() { printf "\\036%s\\037" "mgc"; printf "%s\\000" "$@"; }',
  'mgc-beta() { printf "\\036%s\\037" "mgc-beta"; printf "%s\\000" "$@"; }',
].join('\n');

/** The `mgc` calls of a snippet as a real bash passes them, in order. */
export async function mgcInvocations(code: string, timeoutMs = 20_000): Promise<{ calls: { root: string; args: string[] }[]; error?: string }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'snipgen-cli-'));
  try {
    const r = await runProcess('bash', ['--noprofile', '--norc', '-c', `${PROLOGUE}\n${code}`], { cwd: dir, timeoutMs, env: { PATH: '/usr/bin:/bin' } });
    if (r.code === null && !r.timedOut) throw new VerifyUnavailable(`cli: bash could not run: ${r.stderr.trim()}`);
    const calls = r.stdout
      .split('\u001e')
      .slice(1)
      .map((record) => {
        const [root, rest] = record.split('\u001f');
        const args = (rest ?? '').split('\u0000');
        args.pop();
        return { root: root ?? 'mgc', args };
      });
    if (r.timedOut) return { calls, error: 'bash timed out' };
    if (r.code !== 0) return { calls, error: `bash exited with ${r.code}: ${r.stderr.trim().split('\n').slice(-2).join(' ')}` };
    return { calls };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The oracle's verdict on one CLI snippet, or null when it is a beta snippet (no beta tree). */
export async function checkCliSnippet(oracle: MgcOracle, snippet: Pick<VerifySnippet, 'code' | 'apiVersion'>): Promise<VerifyError[] | null> {
  if (snippet.apiVersion === 'beta' || /^\s*mgc-beta\b/m.test(snippet.code)) return null;
  const { calls, error } = await mgcInvocations(snippet.code);
  const errors: VerifyError[] = [];
  if (error !== undefined) errors.push({ line: 0, column: 0, message: error, errorClass: 'shell error' });
  const lines = snippet.code.split('\n');
  let from = 0;
  for (const call of calls) {
    // the line where this call starts: the next line that begins with the command
    let l = from;
    while (l < lines.length && !new RegExp(`^\\s*${call.root}\\b`).test(lines[l]!)) l += 1;
    const line = l < lines.length ? l + 1 : 1;
    from = l + 1;
    errors.push(...checkMgcInvocation(oracle, call.args, snippet.code, line));
  }
  if (calls.length === 0 && error === undefined) errors.push({ line: 1, column: 1, message: 'the snippet calls no mgc command', errorClass: 'no command' });
  return errors.sort((a, b) => a.line - b.line || a.column - b.column);
}
