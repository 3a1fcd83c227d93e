/** Shared helpers of the `ir` tests: a page VFile, a locator for one-line inputs, formatted messages. */
import { VFile } from 'vfile';
import { formatMessage } from '../../generator/diagnostics/report.js';
import type { Place } from '../../generator/diagnostics/types.js';
import { buildRequest } from '../../generator/ir/build.js';
import type { Locate } from '../../generator/ir/source.js';
import type { RequestIR } from '../../generator/ir/types.js';
import { rawFromText } from '../support/raw.js';

export function page(path = 'test.md'): VFile {
  return new VFile({ path });
}

/** Line 1, column `1 + index` (a string parsed as if it stood at the start of line 1). */
export const atLine1: Locate = (index) => ({ line: 1, column: 1 + index, offset: index });

/** A place on a line, for expectations: `at(3, 7)` with offset computed for `rawFromText` inputs. */
export function place(line: number, column: number, offset: number): Place {
  return { line, column, offset };
}

export function messages(file: VFile): string[] {
  return file.messages.map((m) => formatMessage(m));
}

/** Builds the request of `text` (a block's lines) and returns it with the formatted messages. */
export function build(text: string): { ir: RequestIR | null; messages: string[] } {
  const file = page();
  const ir = buildRequest(rawFromText(text), file);
  return { ir, messages: messages(file) };
}
