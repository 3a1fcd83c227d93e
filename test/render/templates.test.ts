import { readFileSync } from 'node:fs';
import path from 'node:path';
import { allTemplateFiles, templatesRoot } from '../../generator/render/handlebars.js';
import { lintTemplate } from '../../generator/render/template-lint.js';
import { LANGUAGE_IDS } from '../../generator/languages/index.js';

describe('templates do layout only', () => {
  test('every language has a template folder with snippet.hbs', () => {
    for (const id of LANGUAGE_IDS) {
      expect(allTemplateFiles()).toContain(path.join(templatesRoot(), id, 'snippet.hbs'));
    }
  });

  test.each(allTemplateFiles().map((f) => [path.relative(templatesRoot(), f), f]))('%s has no logic', (_name, file) => {
    expect(lintTemplate(readFileSync(file, 'utf8'))).toEqual([]);
  });

  test('the lint rejects comparisons, transforms, sub-expressions, literals and hash arguments', () => {
    const bad = [
      '{{#if (eq kind "get")}}x{{/if}}',
      '{{upper name}}',
      '{{name "literal"}}',
      '{{#each items sep=","}}{{this}}{{/each}}',
      '{{#unless}}x{{/unless}}',
      '{{lookup map key}}',
      '{{../parent}}',
      '{{> partial arg}}',
    ];
    for (const source of bad) expect(lintTemplate(source)).not.toEqual([]);
    expect(lintTemplate('{{#if hasImports}}{{#each imports}}{{this}}\n{{/each}}{{/if}}{{> call}}')).toEqual([]);
  });
});
