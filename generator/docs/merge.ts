/**
 * Merging a request's snippet tabs into its page (`generate --inject`), on the tab groups read by
 * `tabs.ts`. Pure: the page's lines and what to reference in, the edits out.
 *
 * - A request with a group: the include reference of each tab snipgen generates is updated in
 *   place; the targets the group lacks are added in the page's heading form (anchors included)
 *   and in the docs' tab order (each after the last tab that comes before it in that order);
 *   tabs snipgen does not generate (Objective-C) and each tab's other lines (the
 *   `sdk-documentation` include) stay; no second HTTP heading, no second `---`.
 * - A request without one: a group in the form of the page's other groups (heading form, the
 *   lines of a tab, the shared includes such as `sdk-documentation`); on a page with no group at
 *   all, the snipgen block (`<!-- snipgen:begin <name> -->` … `<!-- snipgen:end -->`). An HTTP
 *   tab heading goes before the annotation unless one already holds it.
 *
 * Lines outside the group (and the one HTTP heading) are never touched.
 */
import { DOCS_TAB_ORDER, languageById, type LanguageId } from '../languages/index.js';
import { groupOfRequest, includesOfLine, snippetInclude, type PageTabs, type RequestSpan, type Tab, type TabGroup } from './tabs.js';

export const BEGIN = (name: string): string => `<!-- snipgen:begin ${name} -->`;
export const END = '<!-- snipgen:end -->';

/** Where the snippet include goes in a tab's body template. */
const SNIPPET = '\u0000snippet\u0000';

/** How a page writes its tabs. */
export interface TabStyle {
  readonly level: number;
  /** `# <a name="c"></a>[C#](#tab/csharp)`, as localized pages write them */
  readonly anchored: boolean;
  /** the lines of a tab after its heading; SNIPPET marks the snippet include */
  readonly body: readonly string[];
  /** the label of the snippet include (`sample-code`) */
  readonly label: string;
  /** a new group is the snipgen block (a page with no group to take the form from) */
  readonly marked: boolean;
}

export const DEFAULT_STYLE: TabStyle = { level: 1, anchored: false, body: ['', SNIPPET, ''], label: 'sample-code', marked: true };

const ANCHOR = /^<a name="[^"]*"><\/a>$/;
/** An include path into a target's snippet folder (`…/snippets/csharp/x-csharp-snippets.md`). */
const LANGUAGE_FOLDER = /(^|\/)snippets\/[^/]+\/[^/]+$/;

/** The anchor name a localized page gives a tab title (`C#` → `c`, `Objective-C` → `objective-c`). */
export function anchorName(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A tab heading in a style. */
export function headingLine(style: Pick<TabStyle, 'level' | 'anchored'>, title: string, id: string): string {
  return `${'#'.repeat(style.level)} ${style.anchored ? `<a name="${anchorName(title)}"></a>` : ''}[${title}](#tab/${id})`;
}

/** The style of one tab that has a snippet include, or null. */
function styleOfTab(lines: readonly string[], tab: Tab): TabStyle | null {
  const snippet = snippetInclude(tab);
  if (snippet === null) return null;
  const body: string[] = [];
  for (let i = tab.heading + 1; i < tab.end; i++) {
    const line = lines[i]!;
    if (line.trim() === '') body.push('');
    else if (i === snippet.line) body.push(SNIPPET);
    else {
      const refs = includesOfLine(line, i);
      // a shared include alone on its line (sdk-documentation) is part of every tab's form
      if (refs.length === 1 && line.trim().replace(/\[!INCLUDE\s*\[[^\]]*\]\([^)]*\)\s*\]/i, '') === '' && !LANGUAGE_FOLDER.test(refs[0]!.target)) body.push(line.trimEnd());
    }
  }
  return { level: tab.level, anchored: ANCHOR.test(tab.prefix), body, label: snippet.label, marked: false };
}

/**
 * The form of a group: its first tab with a snippet include that is not the group's last (whose
 * trailing lines are the usual ones), a target's tab before any other (Objective-C).
 */
export function styleOfGroup(lines: readonly string[], group: TabGroup): TabStyle | null {
  const withSnippet = group.tabs.filter((t) => snippetInclude(t) !== null);
  const targets = withSnippet.filter((t) => t.language !== null);
  const candidates = targets.length > 0 ? targets : withSnippet;
  const pick = candidates.find((t) => t !== group.tabs[group.tabs.length - 1]) ?? candidates[0];
  if (pick !== undefined) return styleOfTab(lines, pick);
  const first = group.tabs[0];
  // no snippet tab to take a form from: the snipgen block, in the group's heading form
  return first ? { ...DEFAULT_STYLE, level: first.level, anchored: ANCHOR.test(first.prefix) } : null;
}

/** The form of a page's groups (its first group that shows one), else the default snipgen block. */
export function styleOfPage(lines: readonly string[], page: PageTabs): TabStyle {
  let fallback: TabStyle | null = null;
  for (const group of page.groups) {
    const style = styleOfGroup(lines, group);
    if (style !== null && style.body.includes(SNIPPET)) return style;
    fallback ??= style;
  }
  return fallback ?? DEFAULT_STYLE;
}

function tabLines(style: TabStyle, language: LanguageId, href: string): string[] {
  const { tabTitle, tabId } = languageById(language);
  return [headingLine(style, tabTitle, tabId), ...style.body.map((l) => (l === SNIPPET ? `[!INCLUDE [${style.label}](${href})]` : l))];
}

/** One edit: `remove` lines at `at` replaced by `insert`. */
export interface Edit {
  readonly at: number;
  readonly remove: number;
  readonly insert: readonly string[];
}

export type MergeOutcome =
  | { readonly kind: 'merged' | 'created'; readonly edits: readonly Edit[]; readonly group: TabGroup | null }
  | { readonly kind: 'skipped'; readonly reason: string; readonly group: TabGroup | null };

const RANK = new Map<string, number>([['http', -1], ...DOCS_TAB_ORDER.map((l, i) => [languageById(l).tabId, i] as const)]);

/**
 * The edits that give one request its tabs. `includes` are the snippets it has, in any order
 * (a target not listed keeps its tab, if any, as it is).
 */
export function mergeRequest(
  lines: readonly string[],
  page: PageTabs,
  span: RequestSpan,
  name: string,
  includes: readonly { language: LanguageId; href: string }[],
  pageStyle: TabStyle,
): MergeOutcome {
  const found = groupOfRequest(page, lines, span);
  const ordered = [...includes].sort((a, b) => DOCS_TAB_ORDER.indexOf(a.language) - DOCS_TAB_ORDER.indexOf(b.language));
  const httpHeading = (style: TabStyle): Edit => ({ at: span.annotation, remove: 0, insert: [headingLine(style, 'HTTP', 'http')] });
  if (found !== null && found.inside !== null && found.inside.id !== 'http') {
    return { kind: 'skipped', reason: `the request is the content of the tab '${found.inside.id}'`, group: found.group };
  }
  // A lone HTTP tab that nothing closes (`# [HTTP](#tab/http)`, the request, then the next
  // section): the new tabs follow the request, with a closer.
  const loneHttp = found !== null && found.inside !== null && found.group.tabs.length === 1 && found.group.closer === null;
  if (found === null || loneHttp) {
    if (ordered.length === 0) return { kind: 'created', edits: [], group: null };
    const block = ordered.flatMap(({ language, href }) => tabLines(pageStyle, language, href));
    const inserted = pageStyle.marked ? [BEGIN(name), ...block, '---', END] : [...block, '---'];
    const edits: Edit[] = [{ at: span.after, remove: 0, insert: inserted }];
    if (!loneHttp) edits.push(httpHeading(pageStyle));
    return { kind: 'created', edits, group: found?.group ?? null };
  }
  const { group, inside } = found;
  const style = styleOfGroup(lines, group) ?? pageStyle;
  const edits: Edit[] = [];
  const present = new Set(group.tabs.map((t) => t.language ?? t.id));
  const bySnippet = new Map(ordered.map((i) => [i.language, i.href] as const));
  for (const tab of group.tabs) {
    if (tab.language === null) continue;
    const href = bySnippet.get(tab.language);
    const ref = snippetInclude(tab);
    if (href === undefined || ref === null || ref.target === href) continue;
    const line = lines[ref.line]!;
    edits.push({ at: ref.line, remove: 1, insert: [line.slice(0, ref.from) + href + line.slice(ref.to)] });
  }
  const added = new Map<number, string[]>();
  for (const { language, href } of ordered) {
    if (present.has(language)) continue;
    const rank = RANK.get(languageById(language).tabId)!;
    let after: Tab | null = null;
    for (const tab of group.tabs) {
      const r = RANK.get(tab.language !== null ? languageById(tab.language).tabId : tab.id);
      if (r !== undefined && r < rank) after = tab;
    }
    const at = after !== null ? after.end : group.tabs[0]!.heading;
    const list = added.get(at) ?? [];
    list.push(...tabLines(style, language, href));
    added.set(at, list);
  }
  for (const [at, insert] of added) edits.push({ at, remove: 0, insert });
  if (inside === null) edits.push(httpHeading(style));
  return { kind: 'merged', edits, group };
}

/** Applies edits (from any requests, none overlapping) to lines, from the bottom up. */
export function applyEdits(lines: readonly string[], edits: readonly Edit[]): string[] {
  const out = [...lines];
  const sorted = edits.map((e, k) => ({ e, k })).sort((a, b) => b.e.at - a.e.at || b.k - a.k);
  for (const { e } of sorted) out.splice(e.at, e.remove, ...e.insert);
  return out;
}
