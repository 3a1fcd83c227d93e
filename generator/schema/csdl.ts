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
          const optional = children(p, 'Annotation').some((a) => attr(a, 'Term') === 'Org.OData.Core.V1.OptionalParameter');
          return [{ name: parameterName, type: typeRef(attr(p, 'Type')), nullable: boolAttr(p, 'Nullable', true), ...(optional ? { optional: true } : {}) }];
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
      if (target === undefined || !raw.includes('Org.OData.Capabilities.V1.')) continue;
      const found = readCapabilities(raw);
      if (found === null) continue;
      const key = target.split('/').map((part, i) => (i === 0 ? fullName(part) : part)).join('/');
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
  });
}
