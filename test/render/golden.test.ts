/**
 * The golden cases of rendering: every `test/cases/<area>/<case>/input.md` (except the extract
 * cases) goes through the whole pipeline; the typed IR, the messages and one snippet per
 * language are compared whole with the files beside it. Every golden snippet must also pass the
 * checker, and the JavaScript, Java and PHP ones must be exactly what prettier prints.
 * Every language renders the same whether it runs alone or after all the others (the typed IR is
 * shared and frozen). `UPDATE_GOLDEN=1` rewrites (and deletes the files of languages that no longer print a snippet);
 * `GOLDEN_LANGS=csharp,python` restricts the languages compared.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { checkSync, initCheckers } from '../../generator/check/index.js';
import { checkJavaScriptBody } from '../../generator/check/javascript-body.js';
import { openObjectPaths } from '../../generator/ir/open-paths.js';
import { formatMessage } from '../../generator/diagnostics/report.js';
import { prettierFormat, type PrettierLanguage } from '../../generator/format/prettier.js';
import { goldenFileName, LANGUAGE_IDS, type LanguageId } from '../../generator/languages/index.js';
import { renderSnippet } from '../../generator/render/render.js';
import type { Schema } from '../../generator/schema/schema.js';
import { loadCases } from '../cases/cases.js';
import { expectGolden, UPDATING } from '../support/golden.js';
import { embeddedSchema, sharedCsdl, typedPage, type TypedPage } from '../support/typed.js';

const LANGS: readonly LanguageId[] = process.env.GOLDEN_LANGS
  ? LANGUAGE_IDS.filter((l) => process.env.GOLDEN_LANGS!.split(',').includes(l))
  : LANGUAGE_IDS;
const PRETTIER: Partial<Record<LanguageId, PrettierLanguage>> = { javascript: 'javascript', java: 'java', php: 'php' };

/** Stable JSON for goldens. */
function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

const cases = loadCases();

beforeAll(async () => {
  await initCheckers();
  await embeddedSchema('v1.0');
  await embeddedSchema('beta');
});

describe.each(cases.map((c) => [c.id, c] as const))('%s', (_label, c) => {
  let page: TypedPage | null = null;
  const load = async (): Promise<TypedPage | null> => {
    if (page !== null) return page;
    const kind = c.schema;
    const csdl = kind === 'embedded' ? null : sharedCsdl();
    const v1 = await embeddedSchema('v1.0');
    const beta = await embeddedSchema('beta');
    const pick = (version: 'v1.0' | 'beta'): Schema => {
      if (kind === 'embedded' || version === 'beta') return version === 'beta' ? beta : v1;
      if (csdl === null) throw new Error('skip');
      return csdl;
    };
    try {
      page = typedPage(c.input, c.inputPath, pick);
    } catch (error) {
      if ((error as Error).message === 'skip') return null;
      throw error;
    }
    return page;
  };

  test('typed IR and messages', async () => {
    const p = await load();
    if (p === null) return; // ../shared missing outside CI: sharedPath warned loudly
    expect(p.requests.length).toBe(1);
    expectGolden(path.join(c.dir, 'typed.json'), json(p.requests[0]));
    expectGolden(path.join(c.dir, 'messages.txt'), p.file.messages.map((m) => formatMessage(m)).join('\n') + (p.file.messages.length ? '\n' : ''));
  });

  test('each language renders the same alone and after every other language', async () => {
    const p = await load();
    if (p === null) return;
    const request = p.requests[0]!;
    for (const language of LANGUAGE_IDS) {
      const alone = renderSnippet(language, request);
      for (const other of LANGUAGE_IDS) if (other !== language) renderSnippet(other, request);
      expect([language, renderSnippet(language, request)]).toEqual([language, alone]);
    }
  });

  test.each(LANGS.map((l) => [l]))('%s', async (language) => {
    const p = await load();
    if (p === null) return;
    const request = p.requests[0]!;
    const snippet = renderSnippet(language, request);
    const snippetFile = path.join(c.dir, goldenFileName(language));
    const messagesFile = path.join(c.dir, `${language}.messages.txt`);
    const messages = snippet.issues.map((i) => `${i.place.line}:${i.place.column}: ${i.message} [${i.ruleId}]`).join('\n');
    if (messages === '') {
      if (UPDATING) rmSync(messagesFile, { force: true });
      else expect(existsSync(messagesFile) ? readFileSync(messagesFile, 'utf8') : '').toBe('');
    } else expectGolden(messagesFile, messages + '\n');
    if (snippet.code === null) {
      if (UPDATING) rmSync(snippetFile, { force: true });
      else expect(existsSync(snippetFile)).toBe(false);
      return;
    }
    expectGolden(snippetFile, snippet.code);
    const verdict = checkSync(language, snippet.code);
    expect(verdict.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const judge = PRETTIER[language];
    if (judge !== undefined) expect(await prettierFormat(judge, snippet.code)).toBe(snippet.code);
    if (language === 'javascript') {
      // The body against @microsoft/microsoft-graph-types: what the docs example gets wrong is pinned
      // in `javascript.types.txt` (absent when the body fits its type).
      const body = request.body?.kind === 'json' && request.body.value.kind === 'object' ? request.body.value : null;
      const findings = body === null ? [] : checkJavaScriptBody(snippet.code, body.type, request.apiVersion ?? 'v1.0', openObjectPaths(request.body));
      const typesFile = path.join(c.dir, 'javascript.types.txt');
      const text = findings.map((f) => `${f.line}:${f.column}: ${f.message} [${f.ruleId}]\n`).join('');
      if (text === '') {
        if (UPDATING) rmSync(typesFile, { force: true });
        else expect(existsSync(typesFile) ? readFileSync(typesFile, 'utf8') : '').toBe('');
      } else expectGolden(typesFile, text);
    }
  });
});

test('there are golden cases, and every language has goldens for more than 40 of them', () => {
  expect(cases.length).toBeGreaterThan(0);
  for (const language of LANGUAGE_IDS) {
    const goldens = cases.filter((c) => existsSync(path.join(c.dir, goldenFileName(language)))).length;
    expect([language, goldens > 40]).toEqual([language, true]);
  }
});
