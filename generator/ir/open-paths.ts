/**
 * Where a typed body holds keys its model types do not declare: objects with additional data (an
 * open type's dynamic members, a property the schema lacks, kept as written) and untyped objects
 * that a model type carries as dynamic members (`plannerAssignments` keyed by user id). A path
 * is the JSON keys from the body down to the object; `[]` stands for any item of an array.
 * Typing a body against model types (`checkJavaScriptBody`) allows extra keys exactly there.
 */
import type { TypedBody, TypedValue } from './typed.js';

export type JsonPath = readonly string[];

export const ANY_ITEM = '[]';

export function openObjectPaths(body: TypedBody | null | undefined): JsonPath[] {
  const out: JsonPath[] = [];
  const visit = (v: TypedValue, path: JsonPath, modelTyped: boolean): void => {
    switch (v.kind) {
      case 'object':
      case 'parameters':
        if (v.additionalData.length > 0) out.push(path);
        for (const p of v.properties) visit(p.value, [...path, p.jsonName], !p.type.name.startsWith('Edm.'));
        return;
      case 'collection':
        for (const item of v.items) visit(item, [...path, ANY_ITEM], modelTyped);
        return;
      case 'untyped':
        if (modelTyped && v.value.kind === 'object') out.push(path);
        return;
      default:
        return;
    }
  };
  if (body?.kind === 'json') visit(body.value, [], false);
  const seen = new Set<string>();
  return out.filter((p) => !seen.has(JSON.stringify(p)) && seen.add(JSON.stringify(p)));
}
