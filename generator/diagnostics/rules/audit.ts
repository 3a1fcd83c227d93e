import type { RuleDef } from "../types.js";

/** Rules of the `audit` stage (published snippets against the checker and today's generation) and of `generate --inject`. */
export const auditRules = {
  "audit:drifted-snippet": {
    severity: "warning",
    summary: "A published snippet differs from what snipgen generates now (whitespace normalised); the message carries a unified diff.",
  },
  "audit:missing-snippet": {
    severity: "warning",
    summary: "A request has no published snippet in a target language, or references an include file that does not exist or holds no code.",
  },
  "audit:orphaned-include": {
    severity: "warning",
    summary: "A snippet include file under the docs root is referenced by no page.",
  },
  "audit:misattributed-include": {
    severity: "error",
    summary: "One snippet include file is referenced by two different requests (or two requests of one name would write it with different snippets), so at least one of them shows another request's code.",
  },
  "audit:inject-skipped": {
    severity: "info",
    summary: "generate --inject left a request's tabs as they are: the request is the content of a tab that is no HTTP tab, or its tab group is another request's.",
  },
} as const satisfies Record<`audit:${string}`, RuleDef>;
