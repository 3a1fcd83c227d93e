/**
 * The SDK versions `snipgen verify` compiles snippets against — the one place they are pinned.
 * Generated snippets carry no version; the README states these. A pin is part of the workspace
 * key, so changing one prepares a fresh workspace in the cache.
 *
 * v1.0 only: snippets for the beta SDKs (`msgraph_beta`, `com.microsoft.graph.beta`,
 * `msgraph-beta-sdk-go`) are reported as skipped. The beta SDKs are several times the size of
 * v1.0 (the Go module alone would add many minutes of cold compilation).
 */
export type VerifyLanguage = 'python' | 'java' | 'go' | 'javascript';

export const VERIFY_LANGUAGES: readonly VerifyLanguage[] = ['python', 'java', 'go', 'javascript'];

/** The targets judged by an oracle (generator/verify/oracles.ts, `--oracles <dir>`) rather than compiled. */
export type OracleLanguage = 'powershell' | 'cli';
export const ORACLE_LANGUAGES: readonly OracleLanguage[] = ['powershell', 'cli'];
/** Everything `snipgen verify` judges: the compiled languages and the oracle-judged targets. */
export type VerifyTarget = VerifyLanguage | OracleLanguage;
export const VERIFY_TARGETS: readonly VerifyTarget[] = [...VERIFY_LANGUAGES, ...ORACLE_LANGUAGES];

export const PINS = {
  python: {
    sdk: { name: 'msgraph-sdk', version: '1.65.0' },
    /** the checker, installed from npm into the workspace */
    pyright: { name: 'pyright', version: '1.1.414' },
  },
  java: { sdk: { group: 'com.microsoft.graph', artifact: 'microsoft-graph', version: '6.59.0' } },
  go: { sdk: { module: 'github.com/microsoftgraph/msgraph-sdk-go', version: 'v1.89.0' } },
  javascript: {
    client: { name: '@microsoft/microsoft-graph-client', version: '3.0.7' },
    /** request bodies are typed from this one, pinned in package.json (generator/check/javascript-body.ts) */
    types: { name: '@microsoft/microsoft-graph-types' },
  },
} as const;

/** A short, stable key of one language's pins (names a workspace folder). */
export function pinKey(language: VerifyLanguage): string {
  const text = JSON.stringify(PINS[language]);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}
