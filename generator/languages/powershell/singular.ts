/**
 * Word splitting and singularisation for Microsoft Graph PowerShell nouns.
 *
 * The published cmdlet names (Microsoft.Graph v2) singularise every word of a noun, not just the
 * last one: `termsAndConditions` → `TermAndCondition`, `onPremisesSynchronization` →
 * `OnPremiseSynchronization`, `teamsApps` → `TeamApp`. The rules below are data: an invariant list,
 * irregular pairs and ordered suffix rules. Words the rules can only guess at are reported as
 * uncertain so the caller can flag the cmdlet.
 */

/** Words that never change (the module keeps them as they are). Lower-case. */
export const INVARIANT_WORDS: ReadonlySet<string> = new Set([
  'data', // Humanizer would give "datum"; the module excludes it
  'delta',
  'quota',
  'statistics', // Get-MgUserAnalyticActivityStatistics
  'status',
  'access', // ConditionalAccess
  'analysis',
  'series',
  'species',
  'news',
  'windows', // Get-MgUserSettingWindows
  'sms', // Enable-MgUserAuthenticationPhoneMethodSmsSignIn (older builds said "SmSign")
  'dns', // Get-MgDomainVerificationDnsRecord (an acronym written as a word)
  'alias',
  'canvas',
  'campus',
  'corpus',
  'bonus',
  'virus',
  'census',
  'consensus',
  'radius',
  'focus',
  'bus',
  'this',
  'has',
  'is',
  'was',
  'as',
  'us',
  'its',
  'plus',
  'always',
  'across',
]);

/** Irregular plural → singular pairs. Lower-case. */
export const IRREGULAR_WORDS: Readonly<Record<string, string>> = {
  children: 'child', // Get-MgDriveItemChild
  people: 'person', // Get-MgUserPerson
  men: 'man',
  women: 'woman',
  indices: 'index',
  matrices: 'matrix',
  vertices: 'vertex',
  analyses: 'analysis',
  statuses: 'status', // Get-MgDeviceManagementDeviceConfigurationUserStatus
  aliases: 'alias',
  buses: 'bus',
  campuses: 'campus',
  viruses: 'virus',
  caches: 'cache',
  // Words ending in -ves in Graph are almost all -ve nouns (drives, archives, objectives, alternatives).
};

/**
 * Words whose singular the rules cannot settle from public names: the published module uses an
 * English inflector (Humanizer, then AutoRest's port of the EF pluralizer) whose outcome for these
 * was not confirmed against a published cmdlet.
 */
export const UNCERTAIN_WORDS: ReadonlySet<string> = new Set(['media', 'criteria', 'metadata', 'schemas', 'bases', 'axes', 'leaves', 'lives', 'wives', 'halves']);

/** Ordered suffix rules, applied to the lower-cased word; the first that matches wins. */
const SUFFIX_RULES: readonly { readonly test: RegExp; readonly replace: string }[] = [
  { test: /([^aeiouy]|qu)ies$/, replace: '$1y' }, // policies → policy, categories → category
  { test: /(ss|x|ch|sh|zz)es$/, replace: '$1' }, // businesses, mailboxes, branches
  { test: /(ss|is)$/, replace: '$1' }, // access, analysis stay (-us singulars are in INVARIANT_WORDS: skus → sku)
  { test: /([^s])s$/, replace: '$1' }, // messages → message, settings → setting
];

export interface SingularWord {
  readonly word: string;
  /** True when the rule that produced it was a guess (see UNCERTAIN_WORDS). */
  readonly uncertain: boolean;
}

/** Singularises one word, keeping its capitalisation. Acronyms (all upper case) never change. */
export function singularizeWord(word: string): SingularWord {
  if (word.length <= 2 || /^[A-Z0-9]+$/.test(word) || /\d$/.test(word)) return { word, uncertain: false };
  const lower = word.toLowerCase();
  const uncertain = UNCERTAIN_WORDS.has(lower);
  if (INVARIANT_WORDS.has(lower)) return { word, uncertain };
  const irregular = IRREGULAR_WORDS[lower];
  let singular = lower;
  if (irregular !== undefined) {
    singular = irregular;
  } else {
    for (const rule of SUFFIX_RULES) {
      if (rule.test.test(lower)) {
        singular = lower.replace(rule.test, rule.replace);
        break;
      }
    }
  }
  return { word: matchCase(word, singular), uncertain };
}

/** Applies the capitalisation of `model` (first letter) to `lower`. */
function matchCase(model: string, lower: string): string {
  const first = model.charAt(0);
  return first === first.toUpperCase() ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
}

/**
 * Splits an identifier into words: camelCase humps, `_`, `-`, `.` and spaces; a run of capitals is
 * one word (`embeddedSIMActivation` → embedded, SIM, Activation); digits stay with the word before
 * them (`oauth2PermissionGrants` → oauth2, Permission, Grants; `alerts_v2` → alerts, v2).
 */
export function splitWords(identifier: string): string[] {
  const words: string[] = [];
  for (const part of identifier.split(/[_\-.\s]+/)) {
    const matches = part.match(/[A-Z]+(?![a-z])\d*|[A-Z]?[a-z]+\d*|\d+[a-z]*/g);
    if (matches) words.push(...matches);
  }
  return words;
}

/** Upper-cases the first letter and keeps the rest (`oauth2` → `Oauth2`, `SIM` → `SIM`). */
export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Splits, singularises every word and PascalCases a path segment: `alerts_v2` → `AlertV2`. */
export function singularizeSegment(segment: string): { words: string[]; uncertain: boolean } {
  let uncertain = false;
  const words = splitWords(segment).map((w) => {
    const s = singularizeWord(w);
    uncertain ||= s.uncertain;
    return capitalize(s.word);
  });
  return { words, uncertain };
}
