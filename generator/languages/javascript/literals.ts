/** JavaScript: plain JSON-compatible literals; strings in single quotes. Integers beyond 2^53 are flagged (a JS number loses digits). */
import type { LanguageImport, LiteralPrinters } from '../profile.js';
import { rawLiterals } from '../shared/raw.js';

export const javascriptLiterals: LiteralPrinters<LanguageImport> = rawLiterals({
  string: 'javascript',
  true: 'true',
  false: 'false',
  numberIssues: (text) =>
    /^-?\d+$/.test(text) && (BigInt(text) > BigInt(Number.MAX_SAFE_INTEGER) || BigInt(text) < BigInt(Number.MIN_SAFE_INTEGER))
      ? [{ kind: 'lossy', message: `${text} is beyond 2^53: a JavaScript number changes it` }]
      : [],
});
