/** ERROR and MISSING nodes: the grammar itself rejects the snippet. */
import type { RuleContext } from '../context.js';
import { walk } from '../context.js';

function shown(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 40 ? `${oneLine.slice(0, 37)}...` : oneLine;
}

export function syntaxRule(ctx: RuleContext): void {
  if (!ctx.root.hasError) return;
  walk(ctx.root, (node) => {
    if (node.isMissing) {
      ctx.report('check:syntax-missing', node.startIndex, node.endIndex, `syntax error: missing ${JSON.stringify(node.type)}`);
      return false;
    }
    if (node.isError) {
      const text = shown(node.text);
      ctx.reportNode('check:syntax-error', node, text === '' ? 'syntax error' : `syntax error: unexpected \`${text}\``);
      // a MISSING node inside an ERROR is a second, separate problem; deeper ERRORs are the same one
      walk(node, (inner) => {
        if (inner.isMissing) ctx.report('check:syntax-missing', inner.startIndex, inner.endIndex, `syntax error: missing ${JSON.stringify(inner.type)}`);
      });
      return false;
    }
    return node.hasError;
  });
}
