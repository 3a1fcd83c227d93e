/** CLI: values are JSON text (the body is one JSON argument, quoted for bash by `quoteString(…, 'bash')`). */
import type { LanguageImport, LiteralPrinters } from '../profile.js';
import { rawLiterals } from '../shared/raw.js';

export const cliLiterals: LiteralPrinters<LanguageImport> = rawLiterals({ string: 'json', true: 'true', false: 'false' });
