/**
 * POSIX word reading over the bash tree: each argument node of a command is one word (the grammar
 * splits at unquoted blanks and drops line continuations); its value is the decoded text of its
 * quoted and unquoted parts (`'..'`, `".."` with `\` escapes, `$'..'`, concatenations like `'a'\''b'`).
 */
import type { Node } from 'web-tree-sitter';
import { walk } from './context.js';
import { parserFor } from './parsers.js';
import { LiteralDecodeError, scanStringLiteral, type ScannedLiteral } from './strings.js';

export interface ShellWord {
  readonly node: Node;
  /** null when the word is not a complete literal (the grammar found an error in it) */
  readonly scanned: ScannedLiteral | null;
}

export interface ShellCommand {
  readonly node: Node;
  readonly name: ShellWord | null;
  readonly args: readonly ShellWord[];
}

/** Characters that make a word's value differ from its text (quotes, escapes, expansions, braces). */
const SPECIAL = /['"\\$`{]/;

function word(node: Node): ShellWord {
  const text = node.text;
  if (!SPECIAL.test(text)) return { node, scanned: { value: text, issues: [] } };
  try {
    return { node, scanned: scanStringLiteral('cli', text) };
  } catch (e) {
    if (e instanceof LiteralDecodeError) return { node, scanned: null };
    throw e;
  }
}

const COMMAND: ReadonlySet<string> = new Set(['command']);

const commandsOf = new WeakMap<Node, ShellCommand[]>();

/** Every simple command of a bash tree, its name and arguments as words (read once per root node object). */
export function shellCommands(root: Node): readonly ShellCommand[] {
  const cached = commandsOf.get(root);
  if (cached) return cached;
  const out: ShellCommand[] = [];
  commandsOf.set(root, out);
  walk(root, (node) => {
    if (node.type !== 'command') return;
    const name = node.childForFieldName('name');
    const args = node.childrenForFieldName('argument').filter((c): c is Node => c !== null);
    out.push({ node, name: name ? word(name) : null, args: args.map(word) });
  }, COMMAND);
  return out;
}

export interface BodyArgument {
  /** the word that holds the value (`'{...}'`, or `--body={...}`) */
  readonly node: Node;
  readonly scanned: ScannedLiteral | null;
  /** the value the command receives, after the shell read it; null when unknown */
  readonly value: string | null;
}

/** The `--body` values of every command in a bash tree. */
export function bodyArgumentsOf(root: Node): BodyArgument[] {
  const out: BodyArgument[] = [];
  for (const cmd of shellCommands(root)) {
    cmd.args.forEach((arg, i) => {
      const v = arg.scanned?.value;
      if (v === '--body') {
        const next = cmd.args[i + 1];
        if (next) out.push({ node: next.node, scanned: next.scanned, value: next.scanned?.value ?? null });
      } else if (v !== undefined && v.startsWith('--body=')) {
        out.push({ node: arg.node, scanned: arg.scanned, value: v.slice('--body='.length) });
      }
    });
  }
  return out;
}

/**
 * The decoded `--body` values of a CLI snippet, as the command receives them, to compare with the
 * request body. Requires `initCheckers()` to have resolved. A value the shell would expand
 * (`$x`, `$(..)`) is returned as written between its quotes, with the expansion text kept out.
 */
export function cliBodyArguments(code: string): string[] {
  const tree = parserFor('cli').parse(code);
  if (!tree) throw new Error('internal: the bash parser returned no tree');
  try {
    return bodyArgumentsOf(tree.rootNode)
      .map((b) => b.value)
      .filter((v): v is string => v !== null);
  } finally {
    tree.delete();
  }
}
