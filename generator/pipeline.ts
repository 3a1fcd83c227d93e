/**
 * The pipeline, page by page: markdown → raw requests (extract) → request IR (ir). Later stages
 * (schema, render, check) hang off the same page result. Pure apart from reading the page; never
 * prints; every problem is a message on the page's VFile.
 */
import { readFile } from 'node:fs/promises';
import { VFile } from 'vfile';
import { extractRequests } from './extract/index.js';
import { buildRequest } from './ir/index.js';
import type { RawRequest } from './extract/types.js';
import type { RequestIR } from './ir/types.js';

export interface PageResult {
  readonly file: VFile;
  readonly raw: readonly RawRequest[];
  readonly requests: readonly RequestIR[];
}

/** Runs extract and ir over one page's text. */
export function processPageText(filePath: string, text: string): PageResult {
  const file = new VFile({ path: filePath, value: text });
  const raw = extractRequests(file);
  const requests: RequestIR[] = [];
  for (const r of raw) {
    const ir = buildRequest(r, file);
    if (ir) requests.push(ir);
  }
  return { file, raw, requests };
}

export async function processPage(filePath: string): Promise<PageResult> {
  const text = await readFile(filePath, 'utf8');
  return processPageText(filePath, text);
}
