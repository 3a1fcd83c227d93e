/**
 * The `check` stage: parse a snippet with the language's real grammar (wrapped the way a compiler
 * needs it) and run the lint rules for what grammars accept but compilers, interpreters or shells
 * reject. Depends on no generating stage: it judges anyone's snippets.
 *
 *   await initCheckers();            // once: loads the grammars
 *   const verdict = checkSync('go', code);   // or: await check('go', code)
 */
import { ASSUMED_NAMES } from './assumed-names.js';
import { RuleContext, type Rule } from './context.js';
import { initCheckers, parserFor } from './parsers.js';
import { cliBodyJsonRule, cliQuoteEndsEarlyRule, cliSlashCommentRule } from './rules/cli.js';
import { goKeywordIdentifierRule, goNullRule, goScopeRules, goUnquotedDateRule } from './rules/go.js';
import { javaCharLiteralRule, javaKeywordMethodRule } from './rules/java.js';
import { javascriptStringRule, phpStringRule, powershellStringRule } from './rules/literals.js';
import { csharpUntypedNewRule, javaUntypedNewRule } from './rules/new-expression.js';
import { pythonUndefinedNameRule } from './rules/python.js';
import { syntaxRule } from './rules/syntax.js';
import type { CheckLanguage, CheckOptions, Finding, Verdict } from './types.js';
import { wrapSnippet } from './wrap.js';

export { initCheckers } from './parsers.js';
export { cliBodyArguments } from './shell-words.js';
export { decodeStringLiteral, scanStringLiteral, LiteralDecodeError } from './strings.js';
export type { LiteralIssue, LiteralIssueKind, ScannedLiteral } from './strings.js';
export { CHECK_LANGUAGES, isCheckLanguage } from './types.js';
export type { CheckLanguage, CheckOptions, Finding, Verdict } from './types.js';
export { ASSUMED_NAMES } from './assumed-names.js';

/** The rules of each language, after the grammar's own (ERROR / MISSING). */
export const LANGUAGE_RULES: Readonly<Record<CheckLanguage, readonly Rule[]>> = {
  csharp: [csharpUntypedNewRule],
  go: [goKeywordIdentifierRule, goUnquotedDateRule, goNullRule, goScopeRules],
  java: [javaUntypedNewRule, javaCharLiteralRule, javaKeywordMethodRule],
  javascript: [javascriptStringRule],
  php: [phpStringRule],
  powershell: [powershellStringRule],
  python: [pythonUndefinedNameRule],
  cli: [cliSlashCommentRule, cliQuoteEndsEarlyRule, cliBodyJsonRule],
};

function byPlace(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}

/** Checks one snippet; `initCheckers()` must have resolved. */
export function checkSync(language: CheckLanguage, code: string, options: CheckOptions = {}): Verdict {
  const wrapped = wrapSnippet(language, code);
  const tree = parserFor(language).parse(wrapped.text);
  if (!tree) throw new Error(`internal: the ${language} parser returned no tree`);
  try {
    const ctx = new RuleContext(language, wrapped, tree.rootNode, new Set(options.assumedNames ?? ASSUMED_NAMES[language]));
    syntaxRule(ctx);
    for (const rule of LANGUAGE_RULES[language]) rule(ctx);
    const findings = [...ctx.findings].sort(byPlace);
    return { valid: !findings.some((f) => f.severity === 'error'), findings };
  } finally {
    tree.delete();
  }
}

/** Checks one snippet, loading the grammars first if needed. */
export async function check(language: CheckLanguage, code: string, options: CheckOptions = {}): Promise<Verdict> {
  await initCheckers();
  return checkSync(language, code, options);
}
