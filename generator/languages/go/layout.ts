/**
 * gofmt's layout of the composite literals Go snippets print (`map[string]interface{}{…}`,
 * `&graphusers.…QueryParameters{…}`): one element a line, a trailing comma, and the values of
 * consecutive one-line `key: value` elements aligned in a column, as go/printer's `exprList` does:
 * an element that spans lines ends the aligned section, and so does a key whose size differs from
 * the geometric mean of the section's key sizes by a factor of 2.5 or more when either is longer
 * than 40 characters. Widths count runes, as text/tabwriter does.
 */

/** One element of a composite literal: a key (as printed) and its value's lines (the first without indentation). */
export interface KeyedElement {
  readonly key: string;
  readonly value: readonly string[];
}

const width = (text: string): number => [...text].length;

/** The lines of the elements (each ends with `,`), indented by `indent`, aligned as gofmt aligns them. */
export function keyedElements(elements: readonly KeyedElement[], indent: string): string[] {
  const out: string[] = [];
  // Sections of consecutive one-line elements share the value column.
  let section: KeyedElement[] = [];
  const flush = () => {
    if (section.length === 0) return;
    const column = Math.max(...section.map((e) => width(e.key))) + 1;
    for (const e of section) {
      const pad = section.length > 1 || elements.length > 1 ? ' '.repeat(column - width(e.key)) : ' ';
      out.push(`${indent}${e.key}:${pad}${e.value[0]},`);
    }
    section = [];
  };
  let lnsum = 0;
  let count = 0;
  let prevSize = 0;
  for (const e of elements) {
    const oneLine = e.value.length === 1;
    const size = oneLine ? width(e.key) : 0;
    let newSection = true;
    if (prevSize > 0 && size > 0) {
      if (count === 0 || (prevSize <= 40 && size <= 40)) newSection = false;
      else {
        const ratio = size / Math.exp(lnsum / count);
        newSection = 2.5 * ratio <= 1 || 2.5 <= ratio;
      }
    }
    if (newSection) {
      flush();
      lnsum = 0;
      count = 0;
    }
    if (oneLine) section.push(e);
    else {
      flush();
      const [first, ...rest] = e.value;
      out.push(`${indent}${e.key}: ${first}`);
      rest.forEach((line, i) => out.push(`${indent}${line}${i === rest.length - 1 ? ',' : ''}`));
    }
    if (size > 0) {
      lnsum += Math.log(size);
      count += 1;
    }
    prevSize = size;
  }
  flush();
  return out;
}

/** A composite literal `open{ … }` from its elements' lines (already indented one tab). Empty: `open{}`. */
export function composite(open: string, elementLines: readonly string[]): string[] {
  if (elementLines.length === 0) return [`${open}{}`];
  return [`${open}{`, ...elementLines, '}'];
}
