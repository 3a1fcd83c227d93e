/**
 * The query of a request URL: OData system options parsed into structure, other parameters kept
 * as custom options, in order. `$expand` options nest (`members($select=id;$top=5)`), recursively.
 */
import type { VFile } from 'vfile';
import { report } from '../diagnostics/report.js';
import type { ExpandItem, OrderDirection, QueryOptions } from './types.js';
import { percentDecode, type DecodeProblem } from './decode.js';
import { shift, type Locate } from './source.js';
import { closingParen, splitTopLevel, trimPiece, unclosed, type Piece } from './split.js';

type SystemOption =
  | '$select' | '$expand' | '$filter' | '$orderby' | '$top' | '$skip' | '$search'
  | '$count' | '$format' | '$skipToken' | '$deltaToken' | '$id';

const SYSTEM: Readonly<Record<string, SystemOption>> = {
  select: '$select',
  expand: '$expand',
  filter: '$filter',
  orderby: '$orderby',
  top: '$top',
  skip: '$skip',
  search: '$search',
  count: '$count',
  format: '$format',
  skiptoken: '$skipToken',
  deltatoken: '$deltaToken',
  id: '$id',
};

/** Written without `$`, these are ordinary parameters (`content?format=pdf`), not system options. */
const NOT_WITHOUT_DOLLAR = new Set(['format', 'id']);

const QUOTES = `'"`;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Builder = Mutable<Omit<QueryOptions, 'custom' | 'order'>> & {
  custom: Mutable<QueryOptions['custom'][number]>[];
  order: Mutable<QueryOptions['order'][number]>[];
};

/**
 * The text after `?` (as written), `locate` pointing at its first character. `present` is whether
 * the URL had a `?` at all (an empty query after a `?` is reported).
 */
export function parseQuery(text: string, file: VFile, locate: Locate, present = true): QueryOptions {
  if (text === '') {
    if (present) report(file, 'ir:query-empty-option', "empty query after '?'", locate(-1));
    return { custom: [], order: [] };
  }
  return parseOptions(text, '&', file, locate, true);
}

function parseOptions(text: string, separators: string, file: VFile, locate: Locate, encoded: boolean): QueryOptions {
  const options: Builder = { custom: [], order: [] };
  const seen = new Set<string>();
  const pieces = splitTopLevel(text, separators, QUOTES);
  for (let p = 0; p < pieces.length; p++) {
    const piece = pieces[p] as Piece;
    if (encoded) {
      // An unclosed '(' or quote in a system option would swallow every later option: end it at the next '&'.
      const cut = unbalancedCut(piece, separators);
      if (cut !== null) {
        report(file, 'ir:query-unbalanced', cut.message, shift(locate, piece.start)(cut.at));
        pieces.splice(p, 1, { text: piece.text.slice(0, cut.end), start: piece.start },
          ...splitTopLevel(piece.text.slice(cut.end + 1), separators, QUOTES).map((q) => ({ text: q.text, start: q.start + piece.start + cut.end + 1 })));
        p -= 1;
        continue;
      }
    }
    const at = shift(locate, piece.start);
    if (piece.text.trim() === '') {
      report(file, 'ir:query-empty-option', `empty query option ('${separators[0]}${separators[0]}' or a trailing '${separators[0]}')`, at(0));
      continue;
    }
    const eq = piece.text.indexOf('=');
    const rawName = eq < 0 ? piece.text : piece.text.slice(0, eq);
    const rawValue = eq < 0 ? '' : piece.text.slice(eq + 1);
    const name = decodePart(rawName, encoded, false, file, at);
    const spelling = name.text.trim();
    const nameLead = name.text.length - name.text.trimStart().length;
    const namePlace = at((name.map[nameLead] as number));
    if (spelling !== name.text) {
      report(file, 'ir:query-whitespace', `spaces around query option name '${spelling}'`, namePlace);
    }
    const valueAt = shift(at, eq + 1);
    const value = decodePart(rawValue, encoded, true, file, valueAt);
    const locateValue: Locate = (index) => valueAt(value.map[index] as number);
    if (eq < 0) report(file, 'ir:query-option-without-value', `query option '${spelling}' has no value`, namePlace);

    const lower = spelling.toLowerCase();
    const dollar = lower.startsWith('$');
    const base = dollar ? lower.slice(1) : lower;
    const system = Object.prototype.hasOwnProperty.call(SYSTEM, base) && (dollar || !NOT_WITHOUT_DOLLAR.has(base))
      ? SYSTEM[base]
      : undefined;
    const canonical = system ?? spelling;
    options.order.push({ name: canonical, spelling: rawName.trim(), rawValue, value: value.text, place: namePlace });
    if (system !== undefined && !dollar) {
      report(file, 'ir:query-missing-dollar', `'${spelling}' is read as the system query option '${system}'`, namePlace);
    }
    const duplicate = seen.has(canonical);
    seen.add(canonical);
    if (duplicate) {
      report(file, 'ir:query-duplicate-option', `query option '${canonical}' is given twice; the first one is used`, namePlace);
      if (system !== undefined) continue;
    }
    if (system === undefined || eq < 0) {
      options.custom.push({ name: canonical, value: value.text, place: namePlace });
      continue;
    }
    // System option values lose surrounding whitespace (`$filter = x`).
    const lead = value.text.length - value.text.trimStart().length;
    const trimmed = value.text.trim();
    const locateTrimmed = shift(locateValue, lead);
    const invalid = (why: string): void => {
      report(file, 'ir:query-invalid-value', `${system} ${why}: kept as a custom option`, locateTrimmed(0));
      options.custom.push({ name: system, value: value.text, place: namePlace });
    };
    switch (system) {
      case '$select':
        options.select = parseList(trimmed, system, file, locateTrimmed);
        break;
      case '$expand':
        options.expand = parseExpand(trimmed, file, locateTrimmed);
        break;
      case '$orderby': {
        const orderby = parseOrderBy(trimmed, file, locateTrimmed);
        if (orderby === null) invalid(`'${trimmed}' is not a list of 'property [asc|desc]'`);
        else options.orderby = orderby;
        break;
      }
      case '$top':
      case '$skip':
        if (/^\d+$/.test(trimmed)) options[system === '$top' ? 'top' : 'skip'] = Number(trimmed);
        else invalid(`'${trimmed}' is not a non-negative integer`);
        break;
      case '$count':
        if (/^(true|false)$/i.test(trimmed)) options.count = trimmed.toLowerCase() === 'true';
        else invalid(`'${trimmed}' is not true or false`);
        break;
      case '$filter':
        options.filter = trimmed;
        break;
      case '$search':
        options.search = trimmed;
        break;
      case '$format':
        options.format = trimmed;
        break;
      case '$skipToken':
        options.skipToken = trimmed;
        break;
      case '$deltaToken':
        options.deltaToken = trimmed;
        break;
      case '$id':
        options.id = trimmed;
        break;
    }
  }
  return options;
}

/**
 * For a top-level piece `$option=value` of a system option whose value leaves a '(' or a quote
 * open while a separator follows it: where the problem is (`at`), where the piece should end (the
 * first separator after the opener, `end`) and the message. Null when balanced, when no separator
 * follows, or for a custom option (its value is the server's business: `name=O'Brien`).
 */
function unbalancedCut(piece: Piece, separators: string): { at: number; end: number; message: string } | null {
  const eq = piece.text.indexOf('=');
  if (eq < 0) return null;
  const name = piece.text.slice(0, eq).trim().toLowerCase();
  const base = name.startsWith('$') ? name.slice(1) : name;
  if (!Object.prototype.hasOwnProperty.call(SYSTEM, base) || (!name.startsWith('$') && NOT_WITHOUT_DOLLAR.has(base))) return null;
  const open = unclosed(piece.text, eq + 1, QUOTES);
  if (open === null) return null;
  let end = -1;
  for (let i = open.index + 1; i < piece.text.length; i++) {
    if (separators.includes(piece.text[i] as string)) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const option = SYSTEM[base] as string;
  const what = open.char === '(' ? `'(' in ${option} is not closed` : `the quote ${open.char} in ${option} is not closed`;
  return { at: open.index, end, message: `${what}; ${option} is read up to the next '${piece.text[end]}' and the options after it as options` };
}

function decodePart(
  raw: string,
  encoded: boolean,
  plusAsSpace: boolean,
  file: VFile,
  locate: Locate,
): { text: string; map: readonly number[] } {
  if (!encoded) return { text: raw, map: Array.from({ length: raw.length + 1 }, (_, i) => i) };
  const problems: DecodeProblem[] = [];
  const decoded = percentDecode(raw, { plusAsSpace }, problems);
  for (const problem of problems) report(file, 'ir:percent-encoding-invalid', problem.reason, locate(problem.index));
  return decoded;
}

function parseList(text: string, option: string, file: VFile, locate: Locate): string[] {
  const items: string[] = [];
  for (const piece of splitTopLevel(text, ',', QUOTES)) {
    const item = trimPiece(piece);
    if (item.text === '') {
      report(file, 'ir:query-invalid-value', `empty item in ${option}`, locate(item.start));
      continue;
    }
    items.push(item.text);
  }
  return items;
}

function parseOrderBy(
  text: string,
  file: VFile,
  locate: Locate,
): { property: string; direction: OrderDirection | null }[] | null {
  const items: { property: string; direction: OrderDirection | null }[] = [];
  for (const piece of splitTopLevel(text, ',', QUOTES)) {
    const item = trimPiece(piece);
    if (item.text === '') {
      report(file, 'ir:query-invalid-value', 'empty item in $orderby', locate(item.start));
      continue;
    }
    const words = item.text.split(/\s+/);
    const direction = words[1]?.toLowerCase();
    if (words.length > 2 || (direction !== undefined && direction !== 'asc' && direction !== 'desc')) return null;
    items.push({ property: words[0] as string, direction: (direction as OrderDirection | undefined) ?? null });
  }
  return items;
}

function parseExpand(text: string, file: VFile, locate: Locate): ExpandItem[] {
  const items: ExpandItem[] = [];
  for (const piece of splitTopLevel(text, ',', QUOTES)) {
    const item = trimPiece(piece);
    const at = shift(locate, item.start);
    if (item.text === '') {
      report(file, 'ir:query-invalid-value', 'empty item in $expand', at(0));
      continue;
    }
    const open = item.text.indexOf('(');
    if (open < 0) {
      items.push({ path: item.text, options: null, place: at(0) });
      continue;
    }
    let close = closingParen(item.text, open, QUOTES);
    if (close < 0) {
      report(file, 'ir:query-invalid-value', `'(' after '${item.text.slice(0, open).trim()}' in $expand is not closed`, at(open));
      close = item.text.length;
    } else if (item.text.slice(close + 1).trim() !== '') {
      report(file, 'ir:query-invalid-value', `unexpected '${item.text.slice(close + 1).trim()}' after ')' in $expand`, at(close + 1));
    }
    const inner = item.text.slice(open + 1, close);
    const options = inner.trim() === '' ? null : parseOptions(inner, ';', file, shift(at, open + 1), false);
    items.push({ path: item.text.slice(0, open).trim(), options, place: at(0) });
  }
  return items;
}
