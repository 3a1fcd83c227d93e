/** Rules on string literals that grammars accept but whose value is not what the text suggests. */
import type { Node } from 'web-tree-sitter';
import type { CheckRuleId } from '../../diagnostics/rules/check.js';
import type { RuleContext } from '../context.js';
import { walk } from '../context.js';
import { LiteralDecodeError, scanStringLiteral, type LiteralIssueKind } from '../strings.js';

type IssueRules = Partial<Record<LiteralIssueKind, { id: CheckRuleId; message: (text: string) => string }>>;

function literalRule(types: ReadonlySet<string>, rules: IssueRules): (ctx: RuleContext) => void {
  return (ctx) => {
    walk(ctx.root, (node: Node) => {
      if (!types.has(node.type)) return;
      if (node.hasError) return false;
      try {
        for (const issue of scanStringLiteral(ctx.language, node.text).issues) {
          const rule = rules[issue.kind];
          if (rule) ctx.report(rule.id, node.startIndex + issue.offset, node.startIndex + issue.offset + issue.length, rule.message(issue.text));
        }
      } catch (e) {
        if (!(e instanceof LiteralDecodeError)) throw e;
        // an incomplete literal is the grammar's finding, not ours
      }
      return false;
    }, types);
  };
}

export const powershellStringRule = literalRule(new Set(['expandable_string_literal', 'expandable_here_string_literal']), {
  interpolation: {
    id: 'check:powershell-interpolation',
    message: (t) => `\`${t}\` inside a double-quoted string is expanded by PowerShell; escape it as \`${'`'}${t}\` or use single quotes`,
  },
  'dropped-escape': {
    id: 'check:powershell-backtick-escape',
    message: (t) => `\`${t}\` is no PowerShell escape: the backtick is dropped and only \`${t.slice(1)}\` remains`,
  },
  'invalid-escape': {
    id: 'check:powershell-backtick-escape',
    message: (t) => `\`${t}\` is an incomplete PowerShell escape`,
  },
});

export const phpStringRule = literalRule(new Set(['encapsed_string', 'heredoc']), {
  interpolation: {
    id: 'check:php-interpolation',
    message: (t) => `\`${t}\` inside a double-quoted string is interpolated by PHP; escape the \`$\` or use single quotes`,
  },
  'kept-backslash': {
    id: 'check:php-escape-kept',
    message: (t) => `\`${t}\` is no escape in a PHP double-quoted string: the value keeps the backslash`,
  },
  'invalid-escape': {
    id: 'check:php-escape-kept',
    message: (t) => `\`${t}\` is a malformed PHP escape: the value keeps the backslash`,
  },
});

export const javascriptStringRule = literalRule(new Set(['string', 'template_string']), {
  'invalid-escape': {
    id: 'check:js-invalid-escape',
    message: (t) => `\`${t}\` is not a valid escape in a JavaScript module`,
  },
  'dropped-escape': {
    id: 'check:js-useless-escape',
    message: (t) => `\`${t}\` is no JavaScript escape: the backslash is dropped and only \`${t.slice(1)}\` remains`,
  },
});
