/**
 * Independent scans for the docs-tree tests, written without the tab reader under test:
 * plain line regexes over a page.
 */

/** Lines inside code fences are skipped; front matter too. */
function contentLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  const out: string[] = [];
  let fence: string | null = null;
  let i = 0;
  if (lines[0] === '---') i = lines.indexOf('---', 1) + 1;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const m = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence === null && m) fence = m[1]!;
    else if (fence !== null && m && m[1]!.startsWith(fence) && line.trim().replace(/[`~]/g, '') === '') fence = null;
    else if (fence === null) out.push(line);
  }
  return out;
}

/** The `#tab/` heading lines and the `[!INCLUDE` lines of a page. */
export function scanPage(text: string): { tabHeadings: number; includeLines: number } {
  let tabHeadings = 0;
  let includeLines = 0;
  for (const line of contentLines(text)) {
    if (/^ {0,3}#{1,6}\s.*\]\(#tab\//.test(line)) tabHeadings += 1;
    if (/\[!INCLUDE/i.test(line)) includeLines += 1;
  }
  return { tabHeadings, includeLines };
}

/** The `[!INCLUDE` lines of a page, as written. */
export function includeLines(text: string): string[] {
  return text.split(/\r?\n/).filter((l) => /\[!INCLUDE/i.test(l));
}

/**
 * Whether `after` is `before` with lines only added (never removed or changed), every added line
 * one a tab group is made of: a tab heading, an include, a blank, `---`, a snipgen marker.
 * Returns the first offending line of `after`, or null.
 */
export function onlyTabLinesAdded(before: string, after: string): string | null {
  const a = before.split('\n');
  const b = after.split('\n');
  let j = 0;
  for (const line of a) {
    while (j < b.length && b[j] !== line) {
      const added = b[j]!;
      if (!(added.trim() === '' || added === '---' || /\]\(#tab\/[^)]+\)$/.test(added) || /^\[!INCLUDE \[[^\]]+\]\([^)]+\)\]$/.test(added) || /^<!-- snipgen:(begin [^ ]+|end) -->$/.test(added))) return added;
      j++;
    }
    if (j === b.length) return `(missing original line) ${line}`;
    j++;
  }
  return null;
}
