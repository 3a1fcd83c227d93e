/** What `snipgen check` makes of one input file: data shared by the command and its worker pool. */
import type { CheckLanguage, Finding } from '../check/index.js';

export interface CheckedFile {
  readonly path: string;
  readonly language: CheckLanguage | null;
  readonly valid: boolean;
  /** findings placed in the file (1-based lines and columns) */
  readonly findings: readonly Finding[];
  /** why the file could not be checked (no fenced block, unknown language, unreadable) */
  readonly problem?: string;
}

/** What checking one input file gives: its verdict, a docs page's verdicts, or nothing (skipped). */
export type CheckFileResult = CheckedFile | CheckedFile[] | null;
