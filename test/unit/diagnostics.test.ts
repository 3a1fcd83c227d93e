import path from 'node:path';
import { renderDiagnosticsDoc } from '../../generator/diagnostics/docs.js';
import { expectGolden } from '../support/golden.js';
import { REPO_ROOT } from '../support/shared.js';
import { VFile } from 'vfile';
import { catalogue, isRuleId, ruleAnchor } from '../../generator/diagnostics/catalogue.js';
import { formatMessage, report } from '../../generator/diagnostics/report.js';

describe('diagnostics catalogue', () => {
  test('every rule id is <source>:<name> and its source is a known stage', () => {
    const sources = new Set(['extract', 'ir', 'schema', 'render', 'check', 'cli', 'audit', 'verify']);
    for (const id of Object.keys(catalogue)) {
      const [source, name] = id.split(':');
      expect(sources.has(source ?? '')).toBe(true);
      expect(name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  test('report puts the place, the rule id, the severity and the anchor on the vfile', () => {
    const file = new VFile({ path: 'specs/page.md', value: 'x' });
    report(file, 'extract:annotation-invalid-json', 'annotation is not valid JSON', { line: 3, column: 5, offset: 20 });
    expect(file.messages).toHaveLength(1);
    const [message] = file.messages;
    expect(message!.fatal).toBe(true);
    expect(message!.url).toBe(ruleAnchor('extract:annotation-invalid-json'));
    expect(formatMessage(message!)).toBe(
      'specs/page.md:3:5: error annotation is not valid JSON [extract:annotation-invalid-json]',
    );
    expect(isRuleId('extract:annotation-invalid-json')).toBe(true);
    expect(isRuleId('extract:nope')).toBe(false);
  });
});

describe('docs/diagnostics.md', () => {
  test('lists every rule of the catalogue (regenerate with UPDATE_GOLDEN=1)', () => {
    expectGolden(path.join(REPO_ROOT, 'docs', 'diagnostics.md'), renderDiagnosticsDoc());
  });
});
