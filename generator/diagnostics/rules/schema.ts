import type { RuleDef } from '../types.js';

/** Rules of the `schema` stage (reading a schema; typing a request against it). */
export const schemaRules = {
  'schema:csdl-invalid': {
    severity: 'error',
    summary: 'A schema file is not a readable CSDL document (not XML, or no <Schema> element).',
  },
  'schema:not-graph-url': {
    severity: 'warning',
    summary: "The request's host is not Graph's (a download URL a Graph call redirects to): no Graph schema describes it, so it is not typed and no target renders it.",
  },
  'schema:no-api-version': {
    severity: 'info',
    summary: 'The request names no usable API version; it is resolved against the schema given.',
  },
  'schema:unknown-segment': {
    severity: 'warning',
    summary: 'A URL path segment names nothing the schema offers at that point; the closest names are suggested and the path stays partial.',
  },
  'schema:unexpected-segment': {
    severity: 'warning',
    summary: 'A URL path segment is not allowed where it stands (a key after a single entity, `$value` on a type without a stream, anything after an action).',
  },
  'schema:placeholder-segment': {
    severity: 'info',
    summary: "A `{placeholder}` path segment stands for a property name (`/thumbnails/{thumb-id}/{size}`); every property it can name has the same type, so the segment resolves to that type; targets whose builders or commands need the real name refuse it.",
  },
  'schema:invalid-cast': {
    severity: 'warning',
    summary: 'A type cast names a type that is not the addressed type or one derived from it.',
  },
  'schema:deprecated': {
    severity: 'warning',
    summary: "The request uses a type, property or operation the schema marks deprecated (`Org.OData.Core.V1.Revisions`, Kind Deprecated); the message gives the annotation's description (the replacement, when it names one) and dates. Every target still renders it: the call works until the removal date (C# marks it `[Obsolete]`, a compiler warning).",
  },
  'schema:operation-overload': {
    severity: 'info',
    summary: 'A function has several overloads for the binding type; the one chosen by the parameters given is used.',
  },
  'schema:unknown-parameter': {
    severity: 'warning',
    summary: 'A function or action parameter is not declared by the operation; it is kept as untyped data.',
  },
  'schema:parameter-case': {
    severity: 'info',
    summary: "A parameter matches a declared parameter only when case is ignored (Graph declares some action parameters in PascalCase); the schema's spelling is used for typing.",
  },
  'schema:method-mismatch': {
    severity: 'warning',
    summary: 'The HTTP method does not fit what the URL addresses (a POST to a single entity, a GET on an action).',
  },
  'schema:unknown-type': {
    severity: 'warning',
    summary: '`@odata.type` or a cast names a type the schema does not have; the declared type is used.',
  },
  'schema:not-derived-type': {
    severity: 'warning',
    summary: '`@odata.type` names a type that is neither the declared type nor derived from it; the declared type is used.',
  },
  'schema:abstract-type': {
    severity: 'info',
    summary: 'A value of an abstract type gives no `@odata.type`; SDKs cannot create an instance of the abstract type.',
  },
  'schema:unknown-property': {
    severity: 'warning',
    summary: 'A body property is not declared by its type; it is kept as additional data (untyped JSON).',
  },
  'schema:open-type-property': {
    severity: 'info',
    summary: 'A body property is not declared by its open type; it is kept as additional data (untyped JSON).',
  },
  'schema:property-case': {
    severity: 'info',
    summary: "A body property matches a declared property only when case is ignored; the schema's spelling is used.",
  },
  'schema:unknown-enum-member': {
    severity: 'warning',
    summary: 'An enum value names no member of the enum type; it is kept as written and never replaced by another member.',
  },
  'schema:enum-member-case': {
    severity: 'warning',
    summary: "An enum value matches a member only when case is ignored (`HTML` for `html`); every target prints the schema's member (the SDKs' enum constants have no other spelling).",
  },
  'schema:value-coerced': {
    severity: 'warning',
    summary: 'A JSON value contradicts its Edm type and was converted (a Boolean written as a string, a date-time for an Edm.Date); the message says how.',
  },
  'schema:value-mismatch': {
    severity: 'warning',
    summary: 'A JSON value contradicts its schema type and cannot be converted; it is kept as untyped JSON.',
  },
  'schema:placeholder-example': {
    severity: 'warning',
    summary: 'A Boolean, a number or an enum value is given as a placeholder (`"Boolean"`, `"Int32"`, `""`, `"protocol-value"`): every target prints an example value of the type (`false`, `0`, the enum\'s first member) instead of text no typed SDK accepts.',
  },
  'schema:placeholder-value': {
    severity: 'info',
    summary: 'A body value is a docs placeholder (`"String"`, `"Int32"`, `"xxx-value"`, `"{id}"`), not a real value.',
  },
  'schema:body-not-json': {
    severity: 'warning',
    summary: 'A body declared or expected as JSON could not be read as JSON, so it cannot be typed.',
  },
  'schema:inferred-segment': {
    severity: 'warning',
    summary:
      'The schema is incomplete (the embedded default) and lacks what a path segment names; the segment was inferred (an entity set named after an entity type, an action from a POST, a function from a call or a GET, a media entity from `$value`), so the snippet rests on a guess. Never reported with a complete schema (a CSDL).',
  },
  'schema:inferred-parameter': {
    severity: 'info',
    summary:
      "A parameter of an inferred operation was typed by inference: as the binding type's property of that name, the type of that name, the one type of all same-named properties, or its JSON or URL value.",
  },
  'schema:inferred-fact': {
    severity: 'info',
    summary:
      'The request uses facts the schema itself marks as inferred (a root, an operation, a numeric width, an entity-ness, flags-ness; see the embedded schema README), so the snippet rests on a guess.',
  },
  'schema:api-version-assumed': {
    severity: 'info',
    summary:
      'The URL names no API version; the version is taken from the page path when it has a `/v1.0/` or `/beta/` folder, else v1.0, and the request is resolved against that version’s schema.',
  },
  'schema:unexpected-body': {
    severity: 'info',
    summary: 'The request has a body where the operation takes none; it is kept untyped.',
  },
  'schema:function-arguments-from-body': {
    severity: 'info',
    summary: "A function's parameters are given as a JSON body; they become the function's arguments (the call the SDKs make) and the body is dropped.",
  },
} as const satisfies Record<`schema:${string}`, RuleDef>;
