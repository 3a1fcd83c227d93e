/**
 * The SDK versions `snipgen verify` compiles snippets against — the one place they are pinned.
 * Generated snippets carry no version; the README states these. A pin is part of the workspace
 * key, so changing one prepares a fresh workspace in the cache.
 *
 * v1.0 only: snippets for the beta SDKs (`msgraph_beta`, `com.microsoft.graph.beta`,
 * `msgraph-beta-sdk-go`) are reported as skipped. The beta SDKs are several times the size of
 * v1.0 (the Go module alone would add many minutes of cold compilation).
 */
export type VerifyLanguage = 'python' | 'java' | 'go' | 'javascript' | 'csharp' | 'php';

export const VERIFY_LANGUAGES: readonly VerifyLanguage[] = ['python', 'java', 'go', 'javascript', 'csharp', 'php'];

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

/** A short, stable key of one language's pins (names a workspace folder). */
export function pinKey(language: VerifyLanguage): string {
  const text = JSON.stringify(PINS[language]);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}
