/**
 * The CSDL reader: OData CSDL (XML, v4) → SchemaModel. XML is parsed by fast-xml-parser; this file
 * only walks the parsed tree. Every alias-qualified name is resolved to a full name
 * (`graph.user` → `microsoft.graph.user`, `Collection(self.alert)` → collection of
 * `microsoft.graph.security.alert`). Annotations are skipped by the parser (kept as raw text), except
 * the capability restrictions that decide which methods the SDKs have (`readCapabilities`).
 *
 * Bad input does not throw: a document without a schema gives an empty model, and, when a VFile
 * is given, a `schema:csdl-invalid` message.
 */
import { XMLParser } from 'fast-xml-parser';
import type { VFile } from 'vfile';
import { report } from '../diagnostics/report.js';
import { canonicalize } from './canonical.js';
import type {
  Capabilities,
  Deprecation,
  ContainerElement,
  EnumMember,
  EnumType,
  NavigationProperty,
  Operation,
  OperationImport,
  Parameter,
  Property,
  SchemaModel,
  SchemaType,
  StructuredType,
  TypeRef,
} from './model.js';

export interface ReadCsdlOptions {
  /** The API version the document describes; guessed from `source` (`beta`, `v1.0`) when absent. */
  readonly apiVersion?: 'v1.0' | 'beta' | null;
  /** Where to report a document that is not CSDL. */
  readonly file?: VFile;
}

/** A parsed XML element: attributes as `@_Name`, child elements as arrays by tag name. */
type XmlElement = { readonly [key: string]: unknown };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseAttributeValue: false,
  parseTagValue: false,
  removeNSPrefix: true,
  // Annotations are not part of the model; skipping their contents halves the parse time.
  stopNodes: ['*.Annotations', '*.Annotation'],
  isArray: (_name: string, _jpath: unknown, _isLeaf: boolean, isAttribute: boolean) => !isAttribute,
});

function children(element: XmlElement | undefined, tag: string): readonly XmlElement[] {
  if (element === undefined) return [];
  const value = element[tag];
  return Array.isArray(value) ? (value.filter((v) => typeof v === 'object' && v !== null) as XmlElement[]) : [];
}

function attr(element: XmlElement, name: string): string | undefined {
  const value = element[`@_${name}`];
  return typeof value === 'string' ? value : undefined;
}

function boolAttr(element: XmlElement, name: string, fallback: boolean): boolean {
  const value = attr(element, name);
  if (value === undefined) return fallback;
  return value.trim().toLowerCase() === 'true';
}

function guessApiVersion(source: string): 'v1.0' | 'beta' | null {
  if (/beta/i.test(source)) return 'beta';
  if (/v1\.0/i.test(source)) return 'v1.0';
  return null;
}

const CAPABILITY_TERM = /<Annotation\s+Term="Org\.OData\.Capabilities\.V1\.(Delete|Insert|Update|Read)Restrictions"/g;

/**
 * The deprecation in one `<Annotations>` element's raw content: the `Org.OData.Core.V1.Revisions`
 * record of Kind `Deprecated` (its description, date and removal date), or null.
 */
export function readDeprecation(raw: string): Deprecation | null {
  const revisions = /<Annotation\s+Term="Org\.OData\.Core\.V1\.Revisions"[^>]*>([\s\S]*?)<\/Annotation>/.exec(raw);
  if (!revisions) return null;
  for (const record of revisions[1]!.split(/<Record\b/).slice(1)) {
    if (!/RevisionKind\/Deprecated/.test(record)) continue;
    const value = (property: string, kind: 'String' | 'Date'): string | undefined =>
      new RegExp(`Property="${property}"\\s+${kind}="([^"]*)"`).exec(record)?.[1];
    const description = value('Description', 'String');
    const date = value('Date', 'Date');
    const removalDate = value('RemovalDate', 'Date');
    return { description: description === undefined ? '' : decodeXml(description), ...(date ? { date } : {}), ...(removalDate ? { removalDate } : {}) };
  }
  return null;
}

/** The five predefined XML entities and character references in an attribute's raw text. */
function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (e[0] !== '#') return named[e.toLowerCase()]!;
    return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

/** `<Annotation Term="Org.OData.Core.V1.Computed" />` or `Bool="true"`, not `Bool="false"`. */
const COMPUTED_TERM = /<Annotation\s+Term="Org\.OData\.Core\.V1\.Computed"(?!\s+Bool="false")/;

function boolProperty(text: string, name: string): boolean | undefined {
  const match = new RegExp(`Property="${name}"\\s+Bool="(true|false)"`).exec(text);
  return match ? match[1] === 'true' : undefined;
}

/**
 * The capability restrictions of one `<Annotations>` element's raw content (the parser keeps it as
 * text). Only the few properties the SDK surface depends on are read; a term written twice keeps
 * the first. Null when the element holds none.
 */
export function readCapabilities(raw: string): Capabilities | null {
  const found: { -readonly [K in keyof Capabilities]: Capabilities[K] } = {};
  const starts = [...raw.matchAll(CAPABILITY_TERM)];
  if (starts.length === 0) return null;
  for (const [i, start] of starts.entries()) {
    // The annotation's text runs to the next capability annotation (or the end): enough for the
    // flat records these terms are written with.
    const end = starts[i + 1]?.index ?? raw.length;
    const text = raw.slice(start.index, end);
    switch (start[1]) {
      case 'Delete':
        found.deletable ??= boolProperty(text, 'Deletable');
        break;
      case 'Insert':
        found.insertable ??= boolProperty(text, 'Insertable');
        break;
      case 'Update': {
        found.updatable ??= boolProperty(text, 'Updatable');
        const method = /Property="UpdateMethod">\s*<EnumMember>[^<]*HttpMethod\/(PUT|PATCH)\s*</.exec(text);
        if (method) found.updateMethod ??= method[1] as 'PUT' | 'PATCH';
        break;
      }
      case 'Read': {
        const byKey = /<PropertyValue\s+Property="ReadByKeyRestrictions">([\s\S]*?)<\/Record>/.exec(text);
        if (byKey) found.readableByKey ??= boolProperty(byKey[1]!, 'Readable');
        found.readable ??= boolProperty(byKey ? text.replace(byKey[0], '') : text, 'Readable');
        break;
      }
    }
  }
  for (const key of Object.keys(found) as (keyof Capabilities)[]) if (found[key] === undefined) delete found[key];
  return Object.keys(found).length > 0 ? found : null;
}

/** Reads a CSDL document. `source` names it in the model (`csdl:<source>`). */
export function readCsdl(xml: string, source: string, options: ReadCsdlOptions = {}): SchemaModel {
  let root: XmlElement;
  try {
    root = parser.parse(xml) as XmlElement;
  } catch (error) {
    if (options.file) report(options.file, 'schema:csdl-invalid', `${source} is not well-formed XML: ${(error as Error).message}`);
    root = {};
  }
  const edmx = children(root, 'Edmx')[0];
  const schemas = children(edmx, 'DataServices').flatMap((ds) => children(ds, 'Schema'));
  if (schemas.length === 0 && options.file) {
    report(options.file, 'schema:csdl-invalid', `${source} holds no CSDL <Schema> element`);
  }

  const aliases: Record<string, string> = {};
  const namespaces: string[] = [];
  for (const schema of schemas) {
    const namespace = attr(schema, 'Namespace');
    if (namespace === undefined) continue;
    namespaces.push(namespace);
    const alias = attr(schema, 'Alias');
    if (alias !== undefined) aliases[alias] = namespace;
  }

  /** A qualified name with its alias (if any) replaced by the namespace. */
  const fullName = (name: string): string => {
    const dot = name.lastIndexOf('.');
    if (dot < 0) return name;
    const prefix = name.slice(0, dot);
    const namespace = aliases[prefix];
    return namespace === undefined ? name : `${namespace}${name.slice(dot)}`;
  };
  /** An annotation target with full names: `graph.user/calendar`, `graph.f(graph.drive, Collection(Edm.String))`. */
  const annotationTarget = (target: string): string => {
    const call = /^([^(]*)\((.*)\)$/.exec(target.trim());
    if (call) {
      const parameters = call[2]!.split(',').map((p) => p.trim()).filter((p) => p !== '');
      const written = parameters.map((p) => {
        const collection = /^Collection\((.*)\)$/.exec(p);
        return collection ? `Collection(${fullName(collection[1]!.trim())})` : fullName(p);
      });
      return `${fullName(call[1]!.trim())}(${written.join(', ')})`;
    }
    return target.split('/').map((part, i) => (i === 0 ? fullName(part) : part)).join('/');
  };
  const typeRef = (written: string | undefined): TypeRef => {
    const text = (written ?? 'Edm.Untyped').trim();
    const match = /^Collection\((.*)\)$/.exec(text);
    return match ? { name: fullName(match[1]!.trim()), collection: true } : { name: fullName(text), collection: false };
  };

  const types: Record<string, SchemaType> = {};
  const operations: Operation[] = [];
  const elements: ContainerElement[] = [];
  const operationImports: OperationImport[] = [];
  const capabilities: Record<string, Capabilities> = {};
  const deprecations: Record<string, Deprecation> = {};
  const computed: string[] = [];
  let containerName = '';

  for (const schema of schemas) {
    const namespace = attr(schema, 'Namespace');
    if (namespace === undefined) continue;

    for (const kind of ['EntityType', 'ComplexType'] as const) {
      for (const element of children(schema, kind)) {
        const name = attr(element, 'Name');
        if (name === undefined) continue;
        const properties: Property[] = children(element, 'Property').flatMap((p) => {
          const propertyName = attr(p, 'Name');
          if (propertyName === undefined) return [];
          return [{ name: propertyName, type: typeRef(attr(p, 'Type')), nullable: boolAttr(p, 'Nullable', true) }];
        });
        const navigationProperties: NavigationProperty[] = children(element, 'NavigationProperty').flatMap((p) => {
          const propertyName = attr(p, 'Name');
          if (propertyName === undefined) return [];
          return [
            {
              name: propertyName,
              type: typeRef(attr(p, 'Type')),
              containsTarget: boolAttr(p, 'ContainsTarget', false),
              nullable: boolAttr(p, 'Nullable', true),
            },
          ];
        });
        const keyElement = children(element, 'Key')[0];
        const key = keyElement
          ? children(keyElement, 'PropertyRef').flatMap((ref) => {
              const keyName = attr(ref, 'Name');
              return keyName === undefined ? [] : [keyName];
            })
          : null;
        const baseType = attr(element, 'BaseType');
        const type: StructuredType = {
          kind: kind === 'EntityType' ? 'entity' : 'complex',
          name,
          namespace,
          fullName: `${namespace}.${name}`,
          baseType: baseType === undefined ? null : fullName(baseType),
          abstract: boolAttr(element, 'Abstract', false),
          openType: boolAttr(element, 'OpenType', false),
          hasStream: boolAttr(element, 'HasStream', false),
          key,
          properties,
          navigationProperties,
        };
        types[type.fullName] = type;
      }
    }

    for (const element of children(schema, 'EnumType')) {
      const name = attr(element, 'Name');
      if (name === undefined) continue;
      let next = 0n;
      const members: EnumMember[] = [];
      for (const member of children(element, 'Member')) {
        const memberName = attr(member, 'Name');
        if (memberName === undefined) continue;
        const written = attr(member, 'Value');
        let value: bigint;
        try {
          value = written === undefined ? next : BigInt(written.trim());
        } catch {
          value = next;
        }
        next = value + 1n;
        members.push({ name: memberName, value: value.toString() });
      }
      const type: EnumType = {
        kind: 'enum',
        name,
        namespace,
        fullName: `${namespace}.${name}`,
        isFlags: boolAttr(element, 'IsFlags', false),
        underlyingType: fullName(attr(element, 'UnderlyingType') ?? 'Edm.Int32'),
        members,
      };
      types[type.fullName] = type;
    }

    for (const kind of ['Action', 'Function'] as const) {
      for (const element of children(schema, kind)) {
        const name = attr(element, 'Name');
        if (name === undefined) continue;
        const isBound = boolAttr(element, 'IsBound', false);
        const all: Parameter[] = children(element, 'Parameter').flatMap((p) => {
          const parameterName = attr(p, 'Name');
          if (parameterName === undefined) return [];
          return [{ name: parameterName, type: typeRef(attr(p, 'Type')), nullable: boolAttr(p, 'Nullable', true) }];
        });
        const returnElement = children(element, 'ReturnType')[0];
        const binding = isBound ? all[0] : undefined;
        operations.push({
          kind: kind === 'Action' ? 'action' : 'function',
          name,
          namespace,
          fullName: `${namespace}.${name}`,
          isBound,
          bindingType: binding ? binding.type : null,
          parameters: isBound ? all.slice(1) : all,
          returnType: returnElement ? typeRef(attr(returnElement, 'Type')) : null,
          isComposable: boolAttr(element, 'IsComposable', false),
        });
      }
    }

    for (const annotations of children(schema, 'Annotations')) {
      const target = attr(annotations, 'Target');
      const text = annotations['#text'];
      const raw = typeof text === 'string' ? text : Array.isArray(text) ? text.join('') : '';
      if (target === undefined) continue;
      const key = annotationTarget(target);
      const deprecation = raw.includes('Org.OData.Core.V1.Revisions') ? readDeprecation(raw) : null;
      if (deprecation !== null) deprecations[key] ??= deprecation;
      if (key.includes('/') && COMPUTED_TERM.test(raw)) computed.push(key);
      if (!raw.includes('Org.OData.Capabilities.V1.')) continue;
      const found = readCapabilities(raw);
      if (found === null) continue;
      capabilities[key] = { ...found, ...capabilities[key] };
    }

    for (const container of children(schema, 'EntityContainer')) {
      containerName = attr(container, 'Name') ?? containerName;
      for (const set of children(container, 'EntitySet')) {
        const name = attr(set, 'Name');
        const type = attr(set, 'EntityType');
        if (name !== undefined && type !== undefined) elements.push({ kind: 'entitySet', name, type: fullName(type) });
      }
      for (const singleton of children(container, 'Singleton')) {
        const name = attr(singleton, 'Name');
        const type = attr(singleton, 'Type');
        if (name !== undefined && type !== undefined) elements.push({ kind: 'singleton', name, type: fullName(type) });
      }
      for (const [tag, kind, target] of [
        ['FunctionImport', 'function', 'Function'],
        ['ActionImport', 'action', 'Action'],
      ] as const) {
        for (const element of children(container, tag)) {
          const name = attr(element, 'Name');
          const operation = attr(element, target);
          if (name !== undefined && operation !== undefined) {
            operationImports.push({ kind, name, operation: fullName(operation) });
          }
        }
      }
    }
  }

  return canonicalize({
    source: `csdl:${source}`,
    apiVersion: options.apiVersion !== undefined ? options.apiVersion : guessApiVersion(source),
    namespaces,
    aliases,
    types,
    operations,
    container: { name: containerName, elements, operationImports },
    capabilities,
    ...(Object.keys(deprecations).length > 0 ? { deprecations } : {}),
    ...(computed.length > 0 ? { computed: [...new Set(computed)].sort() } : {}),
  });
}
