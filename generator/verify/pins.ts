/**
 * The SDK versions `snipgen verify` compiles snippets against — the one place they are pinned.
 * Generated snippets carry no version; the README states these. A pin is part of the workspace
 * key, so changing one prepares a fresh workspace in the cache.
 *
 * The beta SDKs (`msgraph_beta`, `com.microsoft.graph.beta`, `msgraph-beta-sdk-go`) are pinned
 * beside them in `BETA_PINS`, each in a workspace of its own (JavaScript's client serves both).
 */
export type VerifyLanguage = 'python' | 'java' | 'go' | 'javascript' | 'csharp' | 'php';

export const VERIFY_LANGUAGES: readonly VerifyLanguage[] = ['python', 'java', 'go', 'javascript', 'csharp', 'php'];

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
  /** no package: Debian's Mono C# compiler (mono-mcs) against the SDK's signatures in ../shared/oracles/csharp (verify/csharp.ts) */
  csharp: { signatures: { repository: 'microsoftgraph/msgraph-sdk-dotnet', commit: '24e68f7f24e26f8c494ba09723874d43cb8b159a' } },
  /** no package: Debian's php-cli runs snippets against the SDK's source in ../shared/oracles/php (verify/php.ts) */
  php: { source: { repository: 'microsoftgraph/msgraph-sdk-php', tag: 'v3.4.0', commit: '0a21e99456cfe33db834eb64d40692da4e093d2c' } },
  javascript: {
    client: { name: '@microsoft/microsoft-graph-client', version: '3.0.7' },
    /** request bodies are typed from this one, pinned in package.json (generator/check/javascript-body.ts) */
    types: { name: '@microsoft/microsoft-graph-types' },
  },
} as const;

/** The API version a snippet is written for; each has its own SDK (and workspace) per kiota language. */
export type VerifyApi = 'v1.0' | 'beta';

/**
 * The beta SDKs, released close to the v1.0 pins: Python's and Java's in the same month as theirs;
 * the Go module proxy lists no versions of the beta module, v0.160.0 is the exact one it serves.
 */
export const BETA_PINS = {
  python: { sdk: { name: 'msgraph-beta-sdk', version: '1.66.0' }, pyright: PINS.python.pyright },
  java: { sdk: { group: 'com.microsoft.graph', artifact: 'microsoft-graph-beta', version: '6.59.0' } },
  go: { sdk: { module: 'github.com/microsoftgraph/msgraph-beta-sdk-go', version: 'v0.160.0' } },
} as const;

/** One language's pins for an API version (JavaScript: one client for both). */
export function pinsFor<L extends 'python' | 'java' | 'go'>(language: L, api: VerifyApi): (typeof PINS)[L] | (typeof BETA_PINS)[L] {
  return api === 'beta' ? BETA_PINS[language] : PINS[language];
}

/** A short, stable key of one language's pins (names a workspace folder; v1.0 keys are unchanged by the beta pins). */
export function pinKey(language: VerifyLanguage, api: VerifyApi = 'v1.0'): string {
  const text = JSON.stringify(api === 'beta' && language !== 'javascript' && language !== 'csharp' && language !== 'php' ? BETA_PINS[language] : PINS[language]);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}
