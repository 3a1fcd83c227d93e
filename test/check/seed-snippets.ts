/**
 * Reads the snippets of the live access-review page (`../shared/seeds/002_*.txt`, a text dump with
 * no fences) in place: each example has one snippet per target, separated by the "For details
 * about how to add the SDK" line; the C# one starts at its "Code snippets" banner.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CheckLanguage } from '../../generator/check/index.js';

export interface SeedSnippet {
  readonly example: number;
  readonly language: CheckLanguage;
  readonly code: string;
  /** 1-based line of the snippet's first line in the seed file */
  readonly firstLine: number;
}

const SEPARATOR = /^For details about how to add the SDK to your project/;

function classify(code: string): CheckLanguage | null {
  if (/^mgc /.test(code)) return 'cli';
  if (/^\/\/ Code snippets are only available for the latest major version/.test(code)) return 'go';
  if (/^\/\/ Code snippets[^\n]*\nGraphServiceClient graphClient = new GraphServiceClient\(requestAdapter\)/.test(code)) return 'java';
  if (/^const options = \{/.test(code)) return 'javascript';
  if (/^<\?php/.test(code)) return 'php';
  if (/^Import-Module /.test(code)) return 'powershell';
  if (/^# Code snippets/.test(code)) return 'python';
  return null;
}

export function seedFile(dir: string, prefix: string): string {
  const name = readdirSync(dir).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no ${prefix}* in ${dir}`);
  return path.join(dir, name);
}

export function readSeedSnippets(file: string): SeedSnippet[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const out: SeedSnippet[] = [];
  let example = 0;
  let start = -1; // first line of the current segment (0-based), -1 outside snippets
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^Example \d+:/.test(line)) {
      example = Number(/^Example (\d+)/.exec(line)![1]);
      start = -1;
    } else if (/^\/\/ Code snippets are only available for the latest version\. Current version is 5\.x/.test(line)) {
      start = i; // C#
    } else if (SEPARATOR.test(line)) {
      if (start >= 0) {
        const code = lines.slice(start, i).join('\n');
        const language = /Current version is 5\.x/.test(lines[start]!) ? 'csharp' : classify(code);
        if (language === null) throw new Error(`unclassified snippet at ${file}:${start + 1}`);
        out.push({ example, language, code, firstLine: start + 1 });
      }
      start = i + 1;
    } else if (/^Response$/.test(line)) {
      start = -1;
    }
  }
  return out;
}

/** The fenced code of a docs include file (`---` front matter, then one ``` fence). */
export function fencedCode(text: string): { code: string; firstLine: number } {
  const lines = text.split('\n');
  const open = lines.findIndex((l) => /^```\w*/.test(l));
  const close = lines.findIndex((l, i) => i > open && /^```\s*$/.test(l));
  if (open < 0) throw new Error('no fence');
  return { code: lines.slice(open + 1, close < 0 ? lines.length : close).join('\n'), firstLine: open + 2 };
}
