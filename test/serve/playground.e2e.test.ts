/**
 * `snipgen serve` end to end: the page in a real headless Chromium (Debian's `chromium`, driven by
 * playwright-core; no browser download). Types the first access-review request of seed 001, checks
 * that the eight tabs show valid snippets, that a broken body shows its diagnostic at its line and
 * that the link moves the caret there, and that the URL reproduces the view. With UPDATE_GOLDEN=1
 * the screenshot is saved to docs/playground.png (the README's figure); otherwise to the temp dir.
 * Skips loudly without a browser, except under CI, where a missing browser is a failure.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
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
declare const navigator: { readonly clipboard: { readText(): Promise<string>; writeText(text: string): Promise<void> } };
declare const window: { readonly axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> } };
interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly unknown[] }[];
}
interface HTMLTextAreaElement {
  readonly value: string;
  readonly selectionStart: number;
  setSelectionRange(start: number, end: number): void;
}

const CHROMIUM = process.env.SNIPGEN_CHROMIUM ?? '/usr/bin/chromium';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
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

/** Waits for the page to show a failure (an error answer or no server) after `action`. */
async function failed(page: Page, action: () => Promise<unknown>): Promise<void> {
  const before = await page.evaluate(() => Number(document.body.dataset.failed ?? '0'));
  await action();
  await page.waitForFunction((n) => Number(document.body.dataset.failed ?? '0') > n, before, { timeout: 60_000 });
}

/** Runs axe-core in the page (evaluated through the protocol: the page's CSP allows no inline script) and lists the serious and critical violations. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const { violations } = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

/** Whether the editor's caret is inside the editor's visible area, measured on a copy of the editor that wraps the same way. */
async function caretVisible(page: Page): Promise<{ top: number; scrollTop: number; height: number; visible: boolean }> {
  return page.evaluate(() => {
    const editor = document.getElementById('editor') as unknown as HTMLTextAreaElement & { scrollTop: number; clientHeight: number; clientWidth: number };
    const doc = document as unknown as { createElement(tag: string): any; body: { append(n: unknown): void } };
    const style = (globalThis as any).getComputedStyle(editor);
    const copy = doc.createElement('div');
    for (const prop of ['boxSizing', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderStyle', 'fontFamily', 'fontSize', 'lineHeight', 'letterSpacing', 'tabSize']) copy.style[prop] = style[prop];
    copy.style.width = `${editor.clientWidth + parseFloat(style.borderLeftWidth) + parseFloat(style.borderRightWidth)}px`;
    copy.style.whiteSpace = 'pre-wrap';
    copy.style.overflowWrap = 'break-word';
    copy.style.position = 'absolute';
    copy.style.left = '-20000px';
    copy.textContent = editor.value.slice(0, editor.selectionStart);
    const mark = doc.createElement('span');
    mark.textContent = 'x';
    copy.append(mark);
    doc.body.append(copy);
    const top = mark.offsetTop - parseFloat(style.paddingTop);
    copy.remove();
    return { top, scrollTop: editor.scrollTop, height: editor.clientHeight, visible: top >= editor.scrollTop && top + 10 <= editor.scrollTop + editor.clientHeight };
  });
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
      const png = await page.screenshot({ path: path.join(tmpdir(), 'snipgen-playground-ir.png') });
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    });

    // Issue #17: what a new user hits.

    /** A fresh page at `url` (its own context), with every console error, failed request and 4xx/5xx answer recorded. */
    async function fresh(url: string, viewport = { width: 1440, height: 960 }): Promise<{ page: Page; context: BrowserContext; problems: string[] }> {
      const context = await browser.newContext({ viewport, permissions: ['clipboard-read', 'clipboard-write'] });
      const p = await context.newPage();
      const problems: string[] = [];
      p.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
      p.on('response', (r) => { if (r.status() >= 400 && !r.url().endsWith('/api/render')) problems.push(`${r.status()} ${r.url()}`); });
      p.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
      await p.route('**/*', (route) => (route.request().url().startsWith(running.url) ? route.continue() : route.abort()));
      await settled(p, () => p.goto(url));
      return { page: p, context, problems };
    }

    const statusesOf = (p: Page) => p.$$eval('#tabs button', (b) => b.map((x) => [x.getAttribute('data-status'), x.getAttribute('data-typing')]));

    test('#9/#10 the first screen: a gallery of five examples, the first one rendered; each parses in every tab; no 404 (favicon) and no console error; then the screenshot', async () => {
      const { page: p, context, problems } = await fresh(running.url);
      try {
        const gallery = await p.$$eval('#gallery button', (b) => b.map((x) => x.textContent));
        expect(gallery).toEqual(['GET with query options', 'POST with a nested body', 'An action (sendMail)', 'A $ref (add a member)', 'A stream upload (photo)']);
        expect(await p.inputValue('#editor')).toMatch(/^GET https:\/\/graph\.microsoft\.com\/v1\.0\/me\/messages\?\$select=/);
        expect(await p.getAttribute('#gallery button[data-example="query"]', 'aria-current')).toBe('true');
        // A bare request has no example picker.
        expect(await p.isVisible('#request-picker')).toBe(false);
        for (const id of ['nested', 'action', 'ref', 'stream', 'query']) {
          await settled(p, () => p.click(`#gallery button[data-example="${id}"]`));
          // The embedded model is not a complete schema: never the "typed" mark.
          expect([id, await statusesOf(p)]).toEqual([id, LANGUAGES.map(() => ['valid', 'inferred'])]);
        }
        expect(await p.$eval('#editor', (e) => (e as unknown as { scrollTop: number }).scrollTop)).toBe(0);
        expect(await seriousViolations(p)).toEqual([]);
        const out = UPDATING ? path.join(REPO_ROOT, 'docs', 'playground.png') : path.join(tmpdir(), 'snipgen-playground.png');
        const png = await p.screenshot({ path: out });
        expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    });

    test('#2 a request that rests on inferred facts (POST /beta/me/sendM, no --schema) parses everywhere but gets no plain valid mark', async () => {
      await settled(page, () => page.fill('#editor', 'POST https://graph.microsoft.com/beta/me/sendM'));
      expect(await statusesOf(page)).toEqual(LANGUAGES.map(() => ['valid', 'inferred']));
      const marks = await page.$$eval('#tabs .mark', (m) => m.map((x) => x.textContent));
      expect(marks).toEqual(LANGUAGES.map(() => '◐'));
      const names = await page.$$eval('#tabs button', (b) => b.map((x) => x.textContent));
      expect(names[0]).toBe('C#◐: parses, rests on inferred facts');
      await page.click('#tab-csharp');
      expect(await page.textContent('#verdict')).toBe('parses: valid C#');
      expect(await page.textContent('#typing')).toMatch(/^◐ rests on inferred facts of the embedded model \(not a complete schema\): 'sendM' is taken as action microsoft\.graph\.sendM bound to microsoft\.graph\.user \(1:42\)/);
    });

    test('#1 an error answer (413) or an unreachable server clears the old snippets and says why where they were; #7 a text too long for a link stays out of the hash', async () => {
      await settled(page, () => page.fill('#editor', 'GET https://graph.microsoft.com/v1.0/me/messages?$top=5'));
      expect(await page.isDisabled('#copy')).toBe(false);
      const big = 'POST https://graph.microsoft.com/v1.0/me/sendMail\nContent-Type: application/json\n\n{"x": "' + 'a'.repeat(1_100_000) + '"}';
      await failed(page, () => page.fill('#editor', big));
      expect(await page.isVisible('#failure')).toBe(true);
      expect(await page.textContent('#failure')).toBe('not rendered: the request body is larger than 1048576 bytes (1 MiB); send one request or one docs page at a time');
      expect([await page.textContent('#code'), await page.isDisabled('#copy')]).toEqual(['', true]);
      expect(await statusesOf(page)).toEqual(LANGUAGES.map(() => ['none', '']));
      // The link keeps the view, not the 1 MB text, and says so.
      const hash = new URL(page.url()).hash;
      expect([hash.length < 1000, hash.includes('long=1'), await page.isVisible('#link-note')]).toEqual([true, true, true]);
      // A link made from such a text says why the editor is empty.
      const other = await browser.newPage();
      try {
        await other.goto(running.url + hash);
        await other.waitForFunction(() => document.getElementById('link-note')?.textContent !== '');
        expect([await other.inputValue('#editor'), await other.textContent('#link-note')]).toEqual(['', 'This link was made from a text too long to carry in a URL, so the text is not in it: paste the text again.']);
      } finally {
        await other.close();
      }
      // Back to a good request, then the server goes away.
      await settled(page, () => page.fill('#editor', 'GET https://graph.microsoft.com/v1.0/me/messages?$top=5'));
      expect([await page.isVisible('#failure'), await page.isVisible('#link-note')]).toEqual([false, false]);
      await page.route('**/api/render', (route) => route.abort('connectionrefused'));
      try {
        await failed(page, () => page.fill('#editor', 'GET https://graph.microsoft.com/v1.0/me/messages?$top=6'));
        expect(await page.textContent('#failure')).toMatch(/^cannot reach the playground server/);
        expect([await page.textContent('#code'), await page.isDisabled('#copy'), await page.$$eval('#diagnostics li', (l) => l.length)]).toEqual(['', true, 0]);
      } finally {
        await page.unroute('**/api/render');
      }
    });

    test('#3/#8 diagnostics: errors first, the embedded model named shortly; an unclosed parenthesis in $filter is an error at its place; a text of fences only says it holds no request example', async () => {
      const http = "GET https://graph.microsoft.com/v1.0/users?$filter=startswith(displayName,'a'&$top=abc&$select=";
      await settled(page, () => page.fill('#editor', http));
      const items = await page.$$eval('#diagnostics li', (l) => l.map((x) => [x.className, x.getAttribute('data-rule'), (x as unknown as { innerText: string }).innerText]));
      const severities = items.map(([c]) => c);
      expect(severities.indexOf('diagnostic sev-error')).toBe(0);
      expect(severities.lastIndexOf('diagnostic sev-error')).toBeLessThan(severities.indexOf('diagnostic sev-warning'));
      expect(items[0]).toEqual(['diagnostic sev-error', 'ir:query-unbalanced', expect.stringMatching(/^1:62\s*error\s*'\(' in \$filter is not closed; .* \[ir:query-unbalanced\]$/i)]);
      expect(items.map(([, rule]) => rule)).toEqual(expect.arrayContaining(['ir:query-invalid-value']));
      // No line shows the embedded model's list of packages.
      for (const [, rule, text] of items) expect([rule, text!.length < 300, /msgraph-sdk-chats/.test(text!)]).toEqual([rule, true, false]);
      await settled(page, () => page.fill('#editor', '```\nGET /me\n```\n'));
      expect(await page.textContent('#verdict')).toMatch(/^No request example in this page\./);
    });

    test('#4 a link to line:column in a page with wrapped lines scrolls the caret into view', async () => {
      const long = Array.from({ length: 30 }, (_, i) => `Paragraph ${i}: ` + 'words that wrap in the editor '.repeat(30)).join('\n\n');
      const doc = `${long}\n\n<!-- { "blockType": "request", "name": "update_me" } -->\n\`\`\`http\nPATCH https://graph.microsoft.com/v1.0/me\nContent-Type: application/json\n\n{\n  "jobTitle": "Engineer"\n  "officeLocation": "18/2111"\n}\n\`\`\`\n`;
      await settled(page, () => page.fill('#editor', doc));
      const link = page.locator('#diagnostics li', { hasText: '[ir:json-missing-comma]' }).locator('a').first();
      const line = Number(await link.getAttribute('data-line'));
      expect(line).toBeGreaterThan(60);
      await page.evaluate(() => { (document.getElementById('editor') as unknown as { scrollTop: number }).scrollTop = 0; });
      await link.click();
      const caret = await caretVisible(page);
      expect(caret.top).toBeGreaterThan(caret.height * 3);
      expect(caret.visible).toBe(true);
    });

    test('#5 keyboard: Enter keeps focus on the tab; arrows, Home and End move between tabs; aria-controls and aria-labelledby tie tabs and panel; Tab reaches the whole page', async () => {
      await settled(page, () => page.fill('#editor', http));
      await page.focus('#tab-csharp');
      await page.keyboard.press('Enter');
      const state = () => page.evaluate(() => {
        const active = document.activeElement as { id?: string } | null;
        const panel = document.getElementById('panel') as unknown as { getAttribute(n: string): string | null };
        const tabs = document.getElementById('tabs') as unknown as { querySelectorAll(s: string): { id: string; getAttribute(n: string): string | null }[] };
        const selected = [...tabs.querySelectorAll('[role="tab"]')].filter((t) => t.getAttribute('aria-selected') === 'true').map((t) => t.id);
        return [active?.id, selected.join(','), panel.getAttribute('aria-labelledby')];
      });
      expect(await state()).toEqual(['tab-csharp', 'tab-csharp', 'tab-csharp']);
      await page.keyboard.press('ArrowRight');
      expect(await state()).toEqual(['tab-go', 'tab-go', 'tab-go']);
      await page.keyboard.press(' ');
      expect(await state()).toEqual(['tab-go', 'tab-go', 'tab-go']);
      await page.keyboard.press('End');
      expect(await state()).toEqual(['tab-cli', 'tab-cli', 'tab-cli']);
      await page.keyboard.press('ArrowRight');
      expect(await state()).toEqual(['tab-csharp', 'tab-csharp', 'tab-csharp']);
      await page.keyboard.press('ArrowLeft');
      expect(await state()).toEqual(['tab-cli', 'tab-cli', 'tab-cli']);
      await page.keyboard.press('Home');
      expect(await state()).toEqual(['tab-csharp', 'tab-csharp', 'tab-csharp']);
      expect(await page.$$eval('#tabs [role="tab"]', (t) => t.map((x) => [x.getAttribute('aria-controls'), x.getAttribute('tabindex')]))).toEqual(LANGUAGES.map((l) => ['panel', l === 'csharp' ? '0' : '-1']));
      // Tab from the top of the page reaches the gallery, the editor, the selected tab (only it) and Copy.
      await page.evaluate(() => (document.activeElement as unknown as { blur(): void }).blur());
      const reached: string[] = [];
      for (let i = 0; i < 40; i += 1) {
        await page.keyboard.press('Tab');
        reached.push(await page.evaluate(() => { const a = document.activeElement as unknown as { id: string; dataset?: Record<string, string> }; return a.id || `example:${a.dataset?.example ?? ''}`; }));
      }
      expect(reached).toEqual(expect.arrayContaining(['example:query', 'example:stream', 'api-version', 'editor', 'tab-csharp', 'copy', 'code']));
      expect(reached.filter((id) => id.startsWith('tab-') && id !== 'tab-csharp')).toEqual([]);
    });

    test('#6/#9 phone width (390 px): a pasted page does not widen the page; long snippet lines wrap', async () => {
      const { page: p, context } = await fresh(running.url, { width: 390, height: 844 });
      try {
        await p.evaluate((text) => navigator.clipboard.writeText(text), markdown);
        await p.focus('#editor');
        await p.keyboard.press('Control+A');
        await settled(p, () => p.keyboard.press('Control+V'));
        expect(await p.isVisible('#request-picker')).toBe(true);
        expect(await p.evaluate(() => (document as unknown as { documentElement: { scrollWidth: number } }).documentElement.scrollWidth)).toBeLessThanOrEqual(390);
        for (const language of ['powershell', 'cli']) {
          await p.click(`#tab-${language}`);
          const [scroll, client] = await p.$eval('#code', (c) => [c.scrollWidth, c.clientWidth]);
          expect([language, scroll <= client]).toEqual([language, true]);
        }
        expect(await seriousViolations(p)).toEqual([]);
      } finally {
        await context.close();
      }
    });

    test('#7/#9 state: the version box follows the hash; a pasted page opens on its first example, at its top; picking an example scrolls to it', async () => {
      const { page: p, context } = await fresh(running.url + '#lang=go&v=beta&text=' + encodeURIComponent('GET /me'));
      try {
        expect(await p.inputValue('#api-version')).toBe('beta');
        await settled(p, () => p.evaluate(() => { (globalThis as unknown as { location: { hash: string } }).location.hash = '#lang=go&text=' + encodeURIComponent('GET /me'); }));
        expect(await p.inputValue('#api-version')).toBe('v1.0');
        const ir = await p.evaluate(() => document.body.dataset.rendered);
        expect(ir).toBeDefined();
        // A page, its second-to-last example picked: the editor scrolls to it.
        await settled(p, () => p.fill('#editor', markdown));
        await p.evaluate(() => { (document.getElementById('editor') as unknown as { scrollTop: number }).scrollTop = 0; });
        const last = String(examples - 1);
        await settled(p, () => p.selectOption('#request', last));
        const line = await p.$eval(`#request option[value="${last}"]`, (o) => Number(/\(line (\d+)\)$/.exec(o.textContent ?? '')?.[1]));
        const scrollTop = await p.$eval('#editor', (e) => (e as unknown as { scrollTop: number }).scrollTop);
        expect(scrollTop).toBeGreaterThan(line * 5);
        // Pasting another page over it: its first example, seen from the top.
        const other = markdown.replace(/access/g, 'acces');
        await p.evaluate((text) => navigator.clipboard.writeText(text), other);
        await p.focus('#editor');
        await p.keyboard.press('Control+A');
        await settled(p, () => p.keyboard.press('Control+V'));
        expect([await p.inputValue('#request'), new URL(p.url()).hash.includes('request=0'), await p.$eval('#editor', (e) => (e as unknown as { scrollTop: number }).scrollTop)]).toEqual(['0', true, 0]);
      } finally {
        await context.close();
      }
    });
  });
}
