/**
 * `snipgen serve` end to end: the page in a real headless Chromium (Debian's `chromium`, driven by
 * playwright-core; no browser download). Types the first access-review request of seed 001, checks
 * that the eight tabs show valid snippets, that a broken body shows its diagnostic at its line and
 * that the link moves the caret there, and that the URL reproduces the view. With UPDATE_GOLDEN=1
 * the screenshot is saved to docs/playground.png (the README's figure); otherwise to the temp dir.
 * Skips loudly without a browser, except under CI, where a missing browser is a failure.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { VFile } from 'vfile';
import { loadSchemas } from '../../generator/commands/schemas.js';
import { extractRequests } from '../../generator/extract/index.js';
import { LANGUAGE_IDS } from '../../generator/languages/index.js';
import { startServer, type RunningServer } from '../../generator/serve/server.js';
import { UPDATING } from '../support/golden.js';
import { describeWithShared, REPO_ROOT } from '../support/shared.js';

// The browser's globals as the functions given to page.evaluate see them (tests compile without the DOM library).
declare const document: {
  getElementById(id: string): (HTMLTextAreaElement & { textContent: string | null; open: boolean }) | null;
  readonly activeElement: unknown;
  readonly body: { readonly dataset: Record<string, string | undefined> };
};
declare const navigator: { readonly clipboard: { readText(): Promise<string> } };
interface HTMLTextAreaElement {
  readonly value: string;
  readonly selectionStart: number;
  setSelectionRange(start: number, end: number): void;
}

const CHROMIUM = process.env.SNIPGEN_CHROMIUM ?? '/usr/bin/chromium';
const LANGUAGES = LANGUAGE_IDS;
const SEEDS = path.join('seeds');

function seed001(seeds: string): string {
  const name = readdirSync(seeds).find((n) => n.startsWith('001_'));
  if (name === undefined) throw new Error(`no 001_*.txt in ${seeds}`);
  return path.join(seeds, name);
}

function browserMissing(): boolean {
  if (existsSync(CHROMIUM)) return false;
  if (process.env.CI) throw new Error(`${CHROMIUM} is missing under CI: .ci/run installs Debian's chromium`);
  console.warn(`\n!!! SKIPPING the playground end-to-end test: no browser at ${CHROMIUM} (apt-get install chromium) !!!\n`);
  return true;
}

/** Does `action` and waits for the page to show the answer to it (the page numbers each answer it shows). */
async function settled(page: Page, action: () => Promise<unknown>): Promise<void> {
  const before = await page.evaluate(() => Number(document.body.dataset.rendered ?? '0'));
  await action();
  await page.waitForFunction(
    (n) => Number(document.body.dataset.rendered ?? '0') > n && document.getElementById('status')?.textContent === 'rendered',
    before,
    { timeout: 60_000 },
  );
}

if (browserMissing()) {
  describe.skip('snipgen serve in a browser (no chromium)', () => {
    test('skipped', () => undefined);
  });
} else {
  describeWithShared('snipgen serve in a browser', [SEEDS], (seeds) => {
    let running: RunningServer;
    let browser: Browser;
    let page: Page;
    let http: string;
    let markdown: string;
    let examples: number;

    beforeAll(async () => {
      const file = seed001(seeds);
      markdown = readFileSync(file, 'utf8');
      const raw = extractRequests(new VFile({ path: file, value: markdown }));
      examples = raw.length;
      const first = raw.find((r) => r.lines.some((l) => /\/accessReviews\//.test(l.text)));
      if (first === undefined) throw new Error(`no access-review request in ${file}`);
      http = first.lines.map((l) => l.text).join('\n');
      const schemas = await loadSchemas();
      running = await startServer({ port: 0, schemaFor: schemas.schemaFor });
      browser = await chromium.launch({ executablePath: CHROMIUM });
      page = await browser.newPage({ viewport: { width: 1440, height: 960 }, permissions: ['clipboard-read', 'clipboard-write'] });
      // No network but this server: any other request fails the test.
      await page.route('**/*', (route) => (route.request().url().startsWith(running.url) ? route.continue() : route.abort()));
    });
    afterAll(async () => {
      await browser?.close();
      await running?.close();
    });

    test('the access-review request renders valid in all eight tabs', async () => {
      await page.goto(running.url);
      await settled(page, () => page.fill('#editor', http));
      const statuses = await page.$$eval('#tabs button', (buttons) => buttons.map((b) => [b.getAttribute('data-language'), b.getAttribute('data-status')]));
      expect(statuses).toEqual(LANGUAGES.map((l) => [l, 'valid']));
      for (const language of LANGUAGES) {
        await page.click(`#tab-${language}`);
        const verdict = await page.textContent('#verdict');
        const code = await page.textContent('#code');
        expect([language, verdict?.startsWith('parses: valid '), (code ?? '').length > 100]).toEqual([language, true, true]);
      }
      // The copy button puts the shown snippet on the clipboard.
      await page.click('#tab-go');
      await page.click('#copy');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.textContent('#code'));
      // The highlighter marked strings and keywords in the last tab (cli) and the first.
      await page.click('#tab-csharp');
      expect(await page.$$eval('#code .tok-string', (s) => s.length)).toBeGreaterThan(5);
      expect(await page.$$eval('#code .tok-keyword', (s) => s.length)).toBeGreaterThan(0);
    });

    test('a broken body shows its diagnostic at its line; the link moves the caret there', async () => {
      const lines = http.split('\n');
      const at = lines.findIndex((l) => /^\s*"displayName":/.test(l));
      expect(lines[at]!.endsWith(',')).toBe(true);
      // Put the caret after the comma ending the "displayName" member and delete it with a real keystroke.
      const offset = lines.slice(0, at + 1).join('\n').length;
      await page.focus('#editor');
      await page.evaluate((o) => (document.getElementById('editor') as HTMLTextAreaElement).setSelectionRange(o, o), offset);
      await settled(page, () => page.keyboard.press('Backspace'));
      const items = await page.$$eval('#diagnostics li', (li) => li.map((l) => l.textContent));
      const expected = `${at + 2}:3warning',' is missing before this member [ir:json-missing-comma]`;
      expect(items).toContain(expected);
      await page.click(`#diagnostics a[data-line="${at + 2}"][data-column="3"]`);
      const caret = await page.evaluate(() => {
        const editor = document.getElementById('editor') as HTMLTextAreaElement;
        const before = editor.value.slice(0, editor.selectionStart).split('\n');
        return [before.length, before[before.length - 1]!.length + 1, document.activeElement === editor];
      });
      expect(caret).toEqual([at + 2, 3, true]);
      // The tabs still show snippets (the body is read leniently).
      const statuses = await page.$$eval('#tabs button', (buttons) => buttons.map((b) => b.getAttribute('data-status')));
      expect(statuses).toEqual(LANGUAGES.map(() => 'valid'));
    });

    test('the URL reproduces the view: text, language and the typed IR', async () => {
      await settled(page, () => page.fill('#editor', http));
      await page.click('#tab-python');
      await settled(page, () => page.click('#ir-box summary'));
      const link = page.url();
      expect(new URL(link).hash).toMatch(/lang=python/);
      const other = await browser.newPage({ viewport: { width: 1440, height: 960 } });
      try {
        await other.goto(link);
        await other.waitForFunction(() => document.getElementById('status')?.textContent === 'rendered', undefined, { timeout: 60_000 });
        expect(await other.inputValue('#editor')).toBe(http);
        expect(await other.getAttribute('#tab-python', 'aria-selected')).toBe('true');
        expect(await other.textContent('#verdict')).toBe('parses: valid Python');
        const ir = JSON.parse((await other.textContent('#ir')) ?? 'null') as { method: string; apiVersion: string };
        expect([ir.method, ir.apiVersion]).toEqual(['POST', 'beta']);
      } finally {
        await other.close();
      }
    });

    test('a whole docs page lists its request examples; picking one renders it and puts it in the URL', async () => {
      await settled(page, () => page.fill('#editor', markdown));
      expect(await page.isVisible('#request-picker')).toBe(true);
      const options = await page.$$eval('#request option', (o) => o.map((x) => x.getAttribute('value')));
      expect(options).toEqual(Array.from({ length: examples }, (_, i) => String(i)));
      await settled(page, () => page.selectOption('#request', '1'));
      expect(new URL(page.url()).hash).toMatch(/(^#|&)request=1(&|$)/);
      const statuses = await page.$$eval('#tabs button', (buttons) => buttons.map((b) => b.getAttribute('data-status')));
      expect(statuses).toEqual(LANGUAGES.map(() => 'valid'));
      // The diagnostics are placed in the page's own lines.
      const lines = await page.$$eval('#diagnostics a', (a) => a.map((x) => Number(x.getAttribute('data-line'))));
      expect(Math.min(...lines)).toBeGreaterThan(60);
    });

    test('a half-typed request keeps the page working, then a screenshot of the view', async () => {
      const half = 'POST https://graph.microsoft.com/beta/identityGovernance/accessReviews/definitions\nContent-type: application/json\n\n{"displayName": ';
      await settled(page, () => page.fill('#editor', half));
      expect(await page.$$eval('#diagnostics li', (li) => li.length)).toBeGreaterThan(0);
      await settled(page, () => page.fill('#editor', http));
      await settled(page, () => page.click('#ir-box summary'));
      await page.click('#tab-csharp');
      await page.evaluate(() => {
        const editor = document.getElementById('editor') as unknown as { scrollTop: number };
        editor.scrollTop = 0;
      });
      const out = UPDATING ? path.join(REPO_ROOT, 'docs', 'playground.png') : path.join(tmpdir(), 'snipgen-playground.png');
      const png = await page.screenshot({ path: out });
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    });
  });
}
