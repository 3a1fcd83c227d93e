/** bash (the `mgc` CLI snippets): what bash parses but does not run as meant. */
import type { RuleContext } from '../context.js';
import { walk } from '../context.js';
import { bodyArgumentsOf, shellCommands } from '../shell-words.js';

/** `// comment` is a command named `//` (a directory): bash fails with "Is a directory". */
export function cliSlashCommentRule(ctx: RuleContext): void {
  for (const cmd of shellCommands(ctx.root)) {
    const name = cmd.name?.node;
    if (name && name.text.startsWith('//')) {
      ctx.reportNode('check:cli-slash-comment', name, '`//` does not start a comment in bash (use `#`): this line runs as a command');
    }
  }
}

const QUOTED = new Set(['raw_string', 'string', 'ansi_c_string', 'translated_string']);

/** `'{"name": "O'Brien"}'`: the quote closes at the apostrophe and the word goes on unquoted. */
export function cliQuoteEndsEarlyRule(ctx: RuleContext): void {
  // once per command: after the first early close, the rest of the line is read out of step
  const done = new Set<number>();
  walk(ctx.root, (node) => {
    if (node.type !== 'concatenation') return;
    let command = node.parent;
    while (command && command.type !== 'command') command = command.parent;
    if (command && done.has(command.id)) return false;
    const parts = node.namedChildren.filter((c) => c !== null);
    for (let i = 1; i < parts.length; i++) {
      const prev = parts[i - 1]!;
      const part = parts[i]!;
      if (QUOTED.has(prev.type) && part.type === 'word' && /^[\w{}[\]:,.@#%+-]/.test(part.text)) {
        const quote = ctx.text[prev.endIndex - 1] ?? "'";
        ctx.report(
          'check:cli-quote-ends-early',
          prev.endIndex - 1,
          part.endIndex,
          `the ${quote === "'" ? 'single' : 'double'} quote closes here and \`${part.text.slice(0, 20)}\` follows unquoted: escape the quote inside the value (${quote === "'" ? "'\\''" : '\\"'})`,
        );
        if (command) done.add(command.id);
        return false;
      }
    }
    return false;
  }, new Set(['concatenation']));
}

/** The `--body` value, as the command receives it, must be JSON. */
export function cliBodyJsonRule(ctx: RuleContext): void {
  for (const body of bodyArgumentsOf(ctx.root)) {
    if (body.scanned === null) continue; // an unterminated quote: the grammar reports it
    const dynamic = body.scanned.issues.filter((i) => i.kind === 'interpolation' || i.kind === 'unsupported');
    if (dynamic.length > 0) {
      const first = dynamic[0]!;
      ctx.report(
        'check:cli-body-invalid-json',
        body.node.startIndex + first.offset,
        body.node.startIndex + first.offset + first.length,
        `the --body value depends on shell expansion (\`${first.text}\`), so the JSON sent is not the JSON written`,
      );
      continue;
    }
    const value = body.value ?? '';
    // a body that does not start like JSON is text (e.g. a file's content); only JSON is checked
    if (!/^\s*[[{]/.test(value)) continue;
    try {
      JSON.parse(value);
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      const at = /position (\d+)/.exec(detail);
      const hint = at ? ` near ${JSON.stringify(value.slice(Math.max(0, Number(at[1]) - 10), Number(at[1]) + 10))}` : '';
      ctx.reportNode('check:cli-body-invalid-json', body.node, `the --body value, as bash passes it, is not valid JSON (${detail.replace(/ in JSON at position \d+.*$/s, '')}${hint})`);
    }
  }
}
