/** C# and Java: `new ()` with no type where nothing gives it one. */
import type { RuleContext } from '../context.js';
import { walk } from '../context.js';

export function csharpUntypedNewRule(ctx: RuleContext): void {
  walk(ctx.root, (node) => {
    const parent = node.parent;
    if (parent?.type === 'variable_declarator') {
      const declaration = parent.parent;
      const type = declaration?.childForFieldName('type');
      if (type && (type.type === 'implicit_type' || type.text === 'var')) {
        ctx.reportNode('check:csharp-untyped-new', node, '`new()` has no target type here (`var`): name the type, `new Foo()`');
      }
    } else if (parent?.type === 'argument') {
      ctx.reportNode('check:csharp-untyped-new-argument', node, '`new()` as an argument takes its type from the overload; name the type to be sure');
    }
  }, new Set(['implicit_object_creation_expression']));
}

export function javaUntypedNewRule(ctx: RuleContext): void {
  walk(ctx.root, (node) => {
    if (node.type === 'object_creation_expression' && /^new\s*\(/.test(node.text)) {
      ctx.reportNode('check:java-untyped-new', node, 'Java has no target-typed `new ()`: name the type, `new Foo()`');
    }
  }, new Set(['object_creation_expression']));
}
