/**
 * Prettier as the judge of the JavaScript, Java and PHP layouts. Views emit exactly what prettier
 * prints (no formatter call in the hot path); tests format every golden with these options and
 * require no change. Java and PHP snippets are fragments: they are wrapped the way the formatter
 * needs them (a class and method; `<?php`) and unwrapped again.
 */
import * as prettier from 'prettier';

export type PrettierLanguage = 'javascript' | 'java' | 'php';

/** The options snipgen's layout follows, per language (prettier's defaults unless said). */
export const PRETTIER_OPTIONS: Readonly<Record<PrettierLanguage, prettier.Options>> = {
  javascript: { parser: 'babel', singleQuote: true },
  java: { parser: 'java', plugins: ['prettier-plugin-java'] },
  php: { parser: 'php', plugins: ['@prettier/plugin-php'], singleQuote: true },
};

const JAVA_OPEN = 'class Snippet {\n  void snippet() throws Exception {\n';
const JAVA_CLOSE = '  }\n}\n';

/** Formats a snippet as prettier would print it in place. */
export async function prettierFormat(language: PrettierLanguage, code: string): Promise<string> {
  const options = PRETTIER_OPTIONS[language];
  if (language === 'javascript') return prettier.format(code, options);
  if (language === 'php') {
    const hasOpen = code.startsWith('<?php');
    const out = await prettier.format(hasOpen ? code : `<?php\n\n${code}`, options);
    return hasOpen ? out : out.replace(/^<\?php\n\n?/, '');
  }
  // Java: imports stay at the top; statements go into a method, then are unwrapped by 4 columns.
  const lines = code.split('\n');
  const imports = lines.filter((l) => /^import\s/.test(l));
  const rest = lines.filter((l) => !/^import\s/.test(l)).join('\n');
  const formatted = await prettier.format(`${imports.join('\n')}${imports.length ? '\n\n' : ''}${JAVA_OPEN}${rest}\n${JAVA_CLOSE}`, options);
  const out = formatted.split('\n');
  const open = out.findIndex((l) => l.startsWith('class Snippet'));
  const head = out.slice(0, open).join('\n').trimEnd();
  // prettier-java may put a blank line between the class and the method: find the method itself.
  const method = out.findIndex((l, i) => i > open && l.trimStart().startsWith('void snippet()'));
  const body = out
    .slice(method + 1, out.lastIndexOf('}') - 1)
    .map((l) => (l.startsWith('    ') ? l.slice(4) : l.trim() === '' ? '' : l));
  return `${head}${head ? '\n\n' : ''}${body.join('\n').replace(/^\n+|\n+$/g, '')}\n`;
}
