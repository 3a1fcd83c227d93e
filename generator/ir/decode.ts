/**
 * Percent-decoding that remembers where each decoded character came from, so that everything
 * parsed from a decoded URL part still points at the exact characters of the page.
 *
 * `+` in query values: the docs write both `$filter=a+eq+true` (form encoding, `+` is a space)
 * and `ge 2019-03-11T00:00:00+01:00` (a literal plus). Our rule, applied only to query values:
 * `+` is a space, except inside a quoted literal (`'a+b'`, `"a+b"`, quotes possibly written
 * `%27`) and in a time-zone offset right after a time (`00:00:00+01:00`), where it stays `+`.
 * A literal plus elsewhere must be written `%2B`. In paths `+` is always itself.
 */
const HEX = /^[0-9A-Fa-f]{2}$/;

export interface Decoded {
  readonly text: string;
  /** `map[i]` is the index in the raw string of decoded character `i`; `map[text.length]` = raw length. */
  readonly map: readonly number[];
}

export interface DecodeProblem {
  readonly index: number;
  readonly length: number;
  readonly reason: string;
}

function utf8Length(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The bytes of `%XX` escapes starting at `index`, as many as `count`, or null when not all are escapes. */
function escapedBytes(raw: string, index: number, count: number): number[] | null {
  const bytes: number[] = [];
  for (let k = 0; k < count; k++) {
    const at = index + 3 * k;
    const hex = raw.slice(at + 1, at + 3);
    if (raw[at] !== '%' || !HEX.test(hex)) return null;
    bytes.push(Number.parseInt(hex, 16));
  }
  return bytes;
}

export function percentDecode(
  raw: string,
  options: { readonly plusAsSpace?: boolean } = {},
  problems: DecodeProblem[] = [],
): Decoded {
  let text = '';
  const map: number[] = [];
  let quote: "'" | '"' | null = null;
  const push = (chars: string, from: number): void => {
    for (const unit of chars.split('')) {
      text += unit;
      map.push(from);
      if (unit === "'" || unit === '"') {
        if (quote === null) quote = unit;
        else if (quote === unit) quote = null;
      }
    }
  };
  let i = 0;
  while (i < raw.length) {
    const ch = raw[i] as string;
    if (ch === '%') {
      const first = escapedBytes(raw, i, 1);
      if (first === null) {
        problems.push({ index: i, length: 1, reason: `'%' not followed by two hex digits: kept as is` });
        push('%', i);
        i += 1;
        continue;
      }
      const length = utf8Length(first[0] as number);
      const bytes = length === 0 ? null : escapedBytes(raw, i, length);
      let decoded: string | null = null;
      if (bytes !== null) {
        try {
          decoded = utf8.decode(Uint8Array.from(bytes));
        } catch {
          decoded = null;
        }
      }
      if (decoded === null) {
        problems.push({ index: i, length: 3, reason: `'${raw.slice(i, i + 3)}' is not valid UTF-8: kept as is` });
        push(raw.slice(i, i + 3), i);
        i += 3;
        continue;
      }
      push(decoded, i);
      i += 3 * length;
      continue;
    }
    if (ch === '+' && options.plusAsSpace === true && quote === null && !isZoneOffset(text, raw, i)) {
      push(' ', i);
      i += 1;
      continue;
    }
    push(ch, i);
    i += 1;
  }
  map.push(raw.length);
  return { text, map };
}

/** `…00:00:00+01:00`: a `+` between a time and an `hh:mm` offset. */
function isZoneOffset(before: string, raw: string, plus: number): boolean {
  return /\d\d:\d\d(:\d\d(\.\d+)?)?$/.test(before) && /^\+\d\d(:|%3[Aa])\d\d/.test(raw.slice(plus));
}
