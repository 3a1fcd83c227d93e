/** PowerShell: JSON scalars in PowerShell spelling; strings single-quoted (`''` doubling) or, with control characters, double-quoted with backtick escapes. */
import type { LiteralPrinters, PowerShellModule } from '../profile.js';
import { rawLiterals } from '../shared/raw.js';

export const powershellLiterals: LiteralPrinters<PowerShellModule> = rawLiterals({ string: 'powershell', true: '$true', false: '$false' });
