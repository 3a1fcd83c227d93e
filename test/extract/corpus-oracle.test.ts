/**
 * The windowed parse (remark sees only the text around annotations) must give exactly what parsing
 * every page whole gives: same requests, same places, same messages. Slow (the whole-page parse is
 * the reference), so it has its own file and runs beside the other tests.
 */
import { planWindows } from '../../generator/extract/windows.js';
import { indexPage } from '../../generator/extract/text.js';
import { describeWithShared } from '../support/shared.js';
import { loadCorpus } from './corpus-pages.js';
import { extract } from './support.js';

describeWithShared('extract windows against whole pages, over the corpus', ['corpus', 'graph-docs-2020'], (root) => {
  const pages = loadCorpus(root);

  test('the line scan never has to give up on a corpus page', () => {
    expect(pages.filter((page) => planWindows(indexPage(page.text)) === null).map((page) => page.path)).toEqual([]);
  });

  test('every page: windowed result equals whole-page result', () => {
    const different: string[] = [];
    for (const page of pages) {
      const windowed = extract(page.path, page.text);
      const whole = extract(page.path, page.text, true);
      if (JSON.stringify(windowed) !== JSON.stringify(whole)) different.push(page.path);
    }
    expect(different).toEqual([]);
  });
});
