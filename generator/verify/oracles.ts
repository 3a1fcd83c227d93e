/**
 * Where `snipgen verify` finds the oracles of the targets with no SDK to compile against here (the
 * C# signatures, the PHP SDK's source, the PowerShell cmdlet lists, the `mgc` command tree): test
 * input that lives beside the checkout in `../shared/oracles/`, read in place and never copied.
 * `SNIPGEN_ORACLES` names another folder. The generator itself never reads them: it derives names
 * by rule, and the oracles judge it.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** `<repository>/../shared/oracles`, or `$SNIPGEN_ORACLES`. */
export function oraclesRoot(): string {
  const env = process.env.SNIPGEN_ORACLES;
  if (env !== undefined && env !== '') return path.resolve(env);
  // this module is generator/verify/oracles.ts, or dist/generator/verify/oracles.js
  const here = path.dirname(fileURLToPath(import.meta.url));
  const repo = here.includes(`${path.sep}dist${path.sep}`) ? path.resolve(here, '..', '..', '..') : path.resolve(here, '..', '..');
  return path.resolve(repo, '..', 'shared', 'oracles');
}

