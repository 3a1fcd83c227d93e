import type { RuleDef } from '../types.js';

/** Rules of the `render` stage (typed request → one snippet per language). */
export const renderRules = {
  'render:no-request-builder': {
    severity: 'error',
    summary: 'The SDKs have no request-builder chain for this URL (unresolved segment, path addressing, ...); the kiota targets print no snippet.',
  },
  'render:not-in-sdk': {
    severity: 'error',
    summary:
      "The kiota SDKs (C#, Go, Java, PHP, Python) have no request builder for the path or no executor for the method (the CSDL's capability annotations and the OpenAPI conversion's rules decide); those targets print no snippet and say what is missing and why.",
  },
  'render:parameter-as-additional-data': {
    severity: 'info',
    summary:
      "An action parameter the kiota SDKs' request body lacks (Microsoft's metadata pipeline removes it, e.g. createUploadSession's deferCommit) is sent as the body's additional data: the same JSON, and the snippet compiles.",
  },
  'render:unsupported': {
    severity: 'error',
    summary: 'The target cannot express this request; it prints no snippet and says why.',
  },
  'render:literal-invalid-value': {
    severity: 'warning',
    summary: 'A value does not parse as its type (a placeholder such as "String" for a Guid); it is printed so that the snippet still compiles.',
  },
  'render:literal-coerced': {
    severity: 'info',
    summary: 'A value was printed in another shape without changing what is sent (a date-time given for an Edm.Date keeps its date).',
  },
  'render:literal-lossy': {
    severity: 'warning',
    summary: "The target language's type cannot hold the whole value (sub-microsecond fractions, ...).",
  },
  'render:literal-unrepresentable': {
    severity: 'warning',
    summary: 'The SDK has no way to say this value exactly; the closest form that compiles is printed.',
  },
  'render:duplicate-name': {
    severity: 'error',
    summary: 'Two requests of the run have the same include-file name; the later one is not written.',
  },
  'render:uncertain-name': {
    severity: 'warning',
    summary: 'A name the snippet uses (a PowerShell cmdlet or module, a parameter) was derived by rules that cannot settle it for this request; it may differ from the SDK.',
  },
  'render:path-rewritten': {
    severity: 'info',
    summary: 'The SDKs have no request builder for the URL as written; the snippet addresses the same resource another way (a drive below /me or /users/{id} as /drives/{drive-id}).',
  },
  'render:property-as-additional-data': {
    severity: 'info',
    summary: "The SDK's model declares no member for a property the schema declares (msgraph-sdk for Python has none for `microsoft.graph.Json` properties such as a range's `values`); it is sent through the model's additional data under its JSON name, which puts the same JSON on the wire.",
  },
  'render:body-ignored': {
    severity: 'warning',
    summary: "The request has a body but the SDK method it maps to (GET, DELETE, an action the schema declares without parameters) sends none: the snippet leaves the body out.",
  },
  'render:query-parameter-case': {
    severity: 'warning',
    summary: "A custom query parameter the SDK declares by name (`startDateTime`) is written in another case (`startdatetime`): the service reads either, the SDK's query parameters class has only its own spelling, which the snippet uses.",
  },
  'render:argument-example': {
    severity: 'warning',
    summary: 'A function argument of a number or Boolean type is a placeholder (`row={row}`): the SDK method takes a typed value, which no placeholder text is, so the snippet passes an example value (`0`, `false`).',
  },
  'render:body-added': {
    severity: 'info',
    summary: "The request has no body but the SDK method it maps to requires one (an action with parameters, a PATCH): the snippet sends an empty body, which sets nothing.",
  },
} as const satisfies Record<`render:${string}`, RuleDef>;
