/**
 * The canonical layout every snippet ends in, whatever its template printed: no trailing
 * whitespace, no runs of blank lines, no leading or trailing blank lines, one final newline.
 * JavaScript, Java and PHP views already emit what prettier prints (tests hold prettier as judge);
 * this pass never re-indents.
 */
export function finishLayout(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((line) => line.replace(/[ \t]+$/, ''));
  const out: string[] = [];
  for (const line of lines) {
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n') + '\n';
}

/** Indents every non-empty line by `depth` units of `unit`. */
export function indentLines(lines: readonly string[], unit: string, depth = 1): string[] {
  const prefix = unit.repeat(depth);
  return lines.map((line) => (line === '' ? line : prefix + line));
}
