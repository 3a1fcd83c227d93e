/**
 * The docs' tab groups, read the way DocFX reads them: a heading whose link target is
 * `#tab/<id>` starts a tab — whatever the heading level and whatever precedes the link on the
 * line (`# <a name="c"></a>[C#](#tab/csharp)` on a localized page) — and the tab runs to the next
 * tab heading; a `---` line closes the group. Tab ids are the data; titles may be translated.
 * Code fences and the front matter are skipped. A few more ends keep one request per group on
 * pages that forget the `---` (scraped pages do): any heading that is no tab ends the group
 * (DocFX lets deeper headings into the last tab, but docs tabs hold includes and code, never
 * headings; the response's `#### Response` would otherwise join the last SDK tab), a tab id
 * already in the group starts a new group, and so does a request annotation under a tab that is
 * not an HTTP tab waiting for its request.
 *
 * Line numbers here are 0-based indexes into the page's lines. Pure: text in, data out.
 */
import { languageOfTabId, languageOfTabText, type LanguageId } from '../languages/index.js';

/** One `[!INCLUDE [label](target)]` directive. */
export interface IncludeRef {
  readonly line: number;
  readonly label: string;
  /** the path as written */
  readonly target: string;
  /** the column span of `target` in its line (start inclusive, end exclusive) */
  readonly from: number;
  readonly to: number;
}

/** A tab heading's parts: `#`s, whatever precedes the link, the title, the id. */
export interface TabHeading {
  readonly level: number;
  /** the text between the `#`s (and their spaces) and the link: `<a name="c"></a>`, often '' */
  readonly prefix: string;
  readonly title: string;
  /** the tab id (lower case), without a `/condition` part */
  readonly id: string;
}

export interface Tab extends TabHeading {
  /** the heading's line */
  readonly heading: number;
  /** the line after the tab's last line (the next tab heading, the closer, or the group's end) */
  readonly end: number;
  /** the target the tab shows (by its id, else its title), null for a tab of no target (http, objc) */
  readonly language: LanguageId | null;
  readonly includes: readonly IncludeRef[];
  /** the code written inline under the tab */
  readonly fences: readonly InlineFence[];
}

/** A fenced code block under a tab. */
export interface InlineFence {
  /** the line of the code's first line */
  readonly line: number;
  /** the info string's first word */
  readonly tag: string;
  /** the code, ending with a newline */
  readonly code: string;
}

export interface TabGroup {
  readonly start: number;
  readonly tabs: readonly Tab[];
  /** the `---` line that closes the group, null when something else ends it */
  readonly closer: number | null;
  /** the line after the group (after its closer, when it has one) */
  readonly end: number;
}

export interface PageTabs {
  readonly groups: readonly TabGroup[];
  /** every include directive of the page outside code fences, in or out of groups */
  readonly includes: readonly IncludeRef[];
}

const TAB_HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)\[((?:[^[\]]|\[[^\]]*\])*)\]\(#tab\/([^)\s/]+)(?:\/[^)\s]*)?\)[ \t]*(?:#+[ \t]*)?$/;
const ANY_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const CLOSER = /^ {0,3}-{3,}[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const INCLUDE = /\[!INCLUDE\s*\[([^\]]*)\]\(\s*([^)\s]+)\s*\)\s*\]/dgi;

/** The parts of a tab heading line, or null when the line is no tab heading. */
export function readTabHeading(line: string): TabHeading | null {
  const m = TAB_HEADING.exec(line);
  if (m === null) return null;
  return { level: m[1]!.length, prefix: m[2]!.trim(), title: m[3]!, id: m[4]!.toLowerCase() };
}

/** The target of a tab: by its id (`#tab/csharp`), else by its title when the id names none. */
export function tabLanguageOf(heading: TabHeading): LanguageId | null {
  return languageOfTabId(heading.id) ?? languageOfTabText(heading.title);
}

/** The include directives of one line. */
export function includesOfLine(line: string, index: number): IncludeRef[] {
  if (!line.includes('[!')) return [];
  const out: IncludeRef[] = [];
  for (const m of line.matchAll(INCLUDE)) {
    const [from, to] = m.indices![2]!;
    out.push({ line: index, label: m[1]!, target: m[2]!, from, to });
  }
  return out;
}

/** Does a request annotation (`<!-- { "blockType": "request" … } -->`) start at this line? */
function isRequestAnnotation(lines: readonly string[], i: number): boolean {
  if (!/^\s*<!--/.test(lines[i]!)) return false;
  let text = '';
  for (let j = i; j < lines.length && j < i + 12; j++) {
    text += lines[j]! + '\n';
    if (lines[j]!.includes('-->')) break;
  }
  return /"blockType"\s*:\s*"request"/.test(text);
}

/** The tab groups and include directives of a page's lines. */
export function readTabs(lines: readonly string[]): PageTabs {
  const groups: TabGroup[] = [];
  const includes: IncludeRef[] = [];
  let i = 0;
  if (lines[0]?.trim() === '---') {
    const close = lines.findIndex((l, j) => j > 0 && /^(---|\.\.\.)\s*$/.test(l));
    if (close > 0) i = close + 1;
  }
  // the group being read
  let start = -1;
  let tabs: { heading: TabHeading; line: number; includes: IncludeRef[]; fences: InlineFence[]; hasRequest: boolean; fenced: boolean }[] = [];
  const finish = (end: number, closer: number | null): void => {
    if (start < 0) return;
    const done: Tab[] = tabs.map((t, k) => ({
      ...t.heading,
      heading: t.line,
      end: k + 1 < tabs.length ? tabs[k + 1]!.line : closer ?? end,
      language: tabLanguageOf(t.heading),
      includes: t.includes,
      fences: t.fences,
    }));
    groups.push({ start, tabs: done, closer, end });
    start = -1;
    tabs = [];
  };
  let fence: { marker: string; line: number; tag: string } | null = null;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (fence !== null) {
      const close = FENCE.exec(line);
      if (close && close[1]![0] === fence.marker[0] && close[1]!.length >= fence.marker.length && line.trim().replace(/[`~]/g, '') === '') {
        if (start >= 0) tabs[tabs.length - 1]!.fenced = true;
        if (start >= 0) tabs[tabs.length - 1]!.fences.push({ line: fence.line + 1, tag: fence.tag, code: lines.slice(fence.line + 1, i).join('\n') + '\n' });
        fence = null;
      }
      continue;
    }
    const open = FENCE.exec(line);
    if (open) {
      fence = { marker: open[1]!, line: i, tag: line.trim().slice(open[1]!.length).trim().split(/\s+/)[0]!.toLowerCase() };
      continue;
    }
    const heading = readTabHeading(line);
    if (heading !== null) {
      if (start >= 0 && tabs.some((t) => t.heading.id === heading.id)) finish(i, null);
      if (start < 0) start = i;
      tabs.push({ heading, line: i, includes: [], fences: [], hasRequest: false, fenced: false });
      continue;
    }
    if (start < 0) {
      includes.push(...includesOfLine(line, i));
      continue;
    }
    if (CLOSER.test(line)) {
      finish(i + 1, i);
      continue;
    }
    const current = tabs[tabs.length - 1]!;
    // an HTTP tab's own headings (`#### Request`) up to its request's fence belong to it
    if (ANY_HEADING.test(line) && !(current.heading.id === 'http' && !current.fenced)) {
      finish(i, null);
      includes.push(...includesOfLine(line, i));
      continue;
    }
    if (isRequestAnnotation(lines, i)) {
      if (current.heading.id !== 'http' || current.hasRequest) finish(i, null);
      else current.hasRequest = true;
      continue;
    }
    const found = includesOfLine(line, i);
    includes.push(...found);
    current.includes.push(...found);
  }
  if (fence !== null && start >= 0) tabs[tabs.length - 1]!.fences.push({ line: fence.line + 1, tag: fence.tag, code: lines.slice(fence.line + 1).join('\n') + '\n' });
  finish(lines.length, null);
  return { groups, includes };
}

/** A request's place on its page: its annotation's line and the line after its closing fence (0-based). */
export interface RequestSpan {
  readonly annotation: number;
  readonly after: number;
}

/**
 * The group of a request: the group whose tab holds its annotation (`inside`), else the group that
 * starts right after its fence (blank lines between), else null. `tab` is the tab holding the
 * annotation (an HTTP tab on docs pages; another id means the request is the content of some other
 * kind of tab).
 */
export function groupOfRequest(page: PageTabs, lines: readonly string[], span: RequestSpan): { group: TabGroup; inside: Tab | null } | null {
  for (const group of page.groups) {
    if (group.start <= span.annotation && span.annotation < group.end) {
      const inside = group.tabs.find((t) => t.heading < span.annotation && span.annotation < t.end) ?? null;
      return { group, inside };
    }
  }
  let k = span.after;
  while (k < lines.length && lines[k]!.trim() === '') k++;
  const group = page.groups.find((g) => g.start === k);
  return group ? { group, inside: null } : null;
}

/** The include of a tab that holds its snippet (`…-snippets.md`), or null. */
export function snippetInclude(tab: Tab): IncludeRef | null {
  return tab.includes.find((r) => /-snippets\.md$/i.test(r.target)) ?? null;
}
