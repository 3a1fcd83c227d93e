/**
 * Snippets per second per language: every v1.0 request of the shared corpus, typed with the
 * shared CSDL (read in place), rendered in each language (view + template + layout). The typing is
 * done once before the clock starts; only rendering is measured.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { findPages } from '../generator/pages.js';
import { processPageText } from '../generator/pipeline.js';
import type { TypedRequest } from '../generator/ir/typed.js';
import { LANGUAGE_IDS } from '../generator/languages/index.js';
import { renderSnippet } from '../generator/render/render.js';
import { loadSchema } from '../generator/schema/schema.js';

export async function benchRender(shared: string): Promise<string[][]> {
  const csdlPath = path.join(shared, 'schemas', 'graph-v1.0.csdl');
  const corpus = path.join(shared, 'corpus', 'graph-docs-2020', 'v1.0');
  if (!existsSync(csdlPath) || !existsSync(corpus)) return [['(shared CSDL or corpus missing: skipped)', '', '', '']];
  const schema = loadSchema(csdlPath, new VFile({ path: csdlPath }));
  const { pages } = await findPages([corpus]);
  const typed: TypedRequest[] = [];
  for (const page of pages) typed.push(...processPageText(page, readFileSync(page, 'utf8'), () => schema).typed);
  const rows: string[][] = [];
  for (const language of LANGUAGE_IDS) {
    for (const request of typed.slice(0, 50)) renderSnippet(language, request); // warm-up
    let produced = 0;
    const start = process.hrtime.bigint();
    for (const request of typed) if (renderSnippet(language, request).code !== null) produced += 1;
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    rows.push([language, String(typed.length), String(produced), `${Math.round(typed.length / seconds)}`]);
  }
  return rows;
}
