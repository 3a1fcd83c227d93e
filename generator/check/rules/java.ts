/**
 * Java: what tree-sitter-java accepts but javac rejects, as seen in published snippets — a
 * character literal holding several characters (`.withOn('allowedRequestor')`, a string written
 * in single quotes) and a reserved keyword used as a method name (`.return()`).
 */
import type { Node } from 'web-tree-sitter';
import type { RuleContext } from '../context.js';
import { walk } from '../context.js';

/** JLS §3.9 reserved keywords, and the literals `true`, `false`, `null`: never an identifier. */
const JAVA_RESERVED: ReadonlySet<string> = new Set([
  'abstract', 'assert', 'boolean', 'break', 'byte', 'case', 'catch', 'char', 'class', 'const',
  'continue', 'default', 'do', 'double', 'else', 'enum', 'extends', 'final', 'finally', 'float',
  'for', 'goto', 'if', 'implements', 'import', 'instanceof', 'int', 'interface', 'long', 'native',
  'new', 'package', 'private', 'protected', 'public', 'return', 'short', 'static', 'strictfp',
  'super', 'switch', 'synchronized', 'this', 'throw', 'throws', 'transient', 'try', 'void',
  'volatile', 'while', '_', 'true', 'false', 'null',
]);

/**
 * How many UTF-16 units the body of a character literal (between the quotes) stands for:
 * `a` 1, `\n` 1, `\u0041` 1, `\101` 1 (octal, up to `\377`), `ab` 2; a surrogate pair counts 2,
 * as javac does (a `char` holds one UTF-16 unit).
 */
export function javaCharCount(body: string): number {
  let count = 0;
  let i = 0;
  while (i < body.length) {
    if (body[i] !== '\\') {
      i += 1;
    } else if (body[i + 1] === 'u') {
      let j = i + 1;
      while (body[j] === 'u') j += 1;
      i = /^[0-9a-fA-F]{4}/.test(body.slice(j)) ? j + 4 : j;
    } else if (/[0-7]/.test(body[i + 1] ?? '')) {
      // \d, \dd, or \ddd when the first digit is 0-3.
      const max = /[0-3]/.test(body[i + 1] as string) ? 3 : 2;
      let j = i + 1;
      while (j < i + 1 + max && /[0-7]/.test(body[j] ?? '')) j += 1;
      i = j;
    } else {
      i += 2;
    }
    count += 1;
  }
  return count;
}

export function javaCharLiteralRule(ctx: RuleContext): void {
  walk(ctx.root, (node: Node) => {
    const text = node.text;
    if (text.length < 2 || !text.startsWith("'") || !text.endsWith("'")) return;
    const count = javaCharCount(text.slice(1, -1));
    if (count === 1) return;
    const what = count === 0 ? 'no character' : `${count} characters`;
    ctx.reportNode('check:java-char-literal', node, `a character literal holds exactly one character; ${text} holds ${what} (a string is written in double quotes)`);
  }, new Set(['character_literal']));
}

export function javaKeywordMethodRule(ctx: RuleContext): void {
  walk(ctx.root, (node: Node) => {
    const name = node.childForFieldName('name');
    if (name && JAVA_RESERVED.has(name.text)) {
      ctx.reportNode('check:java-keyword-method', name, `'${name.text}' is a Java keyword and cannot name a method (kiota's Java SDK escapes such names: '${name.text}Escaped')`);
    }
  }, new Set(['method_invocation', 'method_declaration']));
}
