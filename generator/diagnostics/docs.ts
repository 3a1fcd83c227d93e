/** Renders `docs/diagnostics.md`: every rule of the catalogue with its anchor (kept in sync by a test). */
import { catalogue, type RuleId } from './catalogue.js';

export function renderDiagnosticsDoc(): string {
  const ids = (Object.keys(catalogue) as RuleId[]).sort();
  const lines = [
    '# Diagnostics',
    '',
    'Every message snipgen prints carries `file:line:column`, a severity, a reason and a rule id',
    '`<stage>:<rule>`. This page lists every rule (generated from `generator/diagnostics/rules/`).',
    '',
  ];
  let stage = '';
  for (const id of ids) {
    const [source] = id.split(':');
    if (source !== stage) {
      stage = source!;
      lines.push(`## ${stage}`, '');
    }
    const rule = catalogue[id];
    lines.push(`### ${id.replace(':', '-')}`, '', `\`${id}\` (${rule.severity}): ${rule.summary}`, '');
  }
  return lines.join('\n');
}
