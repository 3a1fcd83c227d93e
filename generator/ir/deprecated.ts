/**
 * Deprecations a typed request uses: a type, property, navigation property or operation the schema
 * marks deprecated (`Org.OData.Core.V1.Revisions`, Kind `Deprecated`; the SDKs mark the same
 * members `[Obsolete]` / `@deprecated`). Each one is reported once per request as
 * `schema:deprecated`, a warning for every target, with the annotation's description — which names
 * the replacement when there is one — and its dates. The request is still typed and rendered: the
 * call works until the removal date, and the warning tells the reader to move on.
 */
import type { VFile } from 'vfile';
import { report } from '../diagnostics/report.js';
import type { Place } from '../diagnostics/types.js';
import type { Deprecation, TypeRef } from '../schema/model.js';
import type { Schema } from '../schema/schema.js';
import type { PathStep, TypedRequest, TypedValue } from './typed.js';

const typeText = (type: TypeRef): string => (type.collection ? `Collection(${type.name})` : type.name);

/** Reports every deprecated element the request uses (path, then body), each once. */
export function reportDeprecations(request: TypedRequest, schema: Schema, file: VFile): void {
  const all = schema.model.deprecations;
  if (all === undefined) return;
  const seen = new Set<string>();
  const say = (target: string, what: string, deprecation: Deprecation, place: Place): void => {
    if (seen.has(target)) return;
    seen.add(target);
    const dates = [deprecation.date ? `since ${deprecation.date}` : '', deprecation.removalDate ? `removal ${deprecation.removalDate}` : ''].filter((d) => d !== '').join(', ');
    const text = deprecation.description === '' ? 'the schema gives no replacement' : deprecation.description;
    report(file, 'schema:deprecated', `${what} is deprecated${dates === '' ? '' : ` (${dates})`}: ${text}`, place);
  };
  /** A type or the property of a type (looked up on the type and its base types). */
  const type = (name: string | null | undefined, place: Place): void => {
    if (!name) return;
    const found = all[name];
    if (found) say(name, name, found, place);
  };
  const member = (owner: string | null | undefined, name: string, place: Place): void => {
    if (!owner) return;
    const owners = schema.ancestry(owner).map((t) => t.fullName);
    for (const o of owners.length > 0 ? owners : [owner]) {
      const target = `${o}/${name}`;
      const found = all[target];
      if (found) return say(target, target, found, place);
    }
  };
  const operation = (step: Extract<PathStep, { kind: 'operation' }>): void => {
    // the annotation's target names the parameter types: `ns.f(ns.binding, Edm.String)`
    const head = `${step.fullName}(${step.bindingType ? typeText(step.bindingType) : ''}`;
    const target = Object.keys(all).find((t) => t.startsWith(head) && (t[head.length] === ')' || t[head.length] === ',' || step.bindingType === null));
    if (target !== undefined) say(target, `${step.operationKind} ${step.fullName}`, all[target]!, step.place);
  };

  let owner: string | null = null;
  for (const step of request.path) {
    switch (step.kind) {
      case 'navigation':
      case 'property':
        member(owner, step.name, step.place);
        break;
      case 'operation':
        operation(step);
        break;
      default:
        break;
    }
    type(step.type?.name, step.place);
    owner = step.type?.name ?? null;
  }
  if (request.body?.kind === 'json') value(request.body.value);

  function value(v: TypedValue): void {
    switch (v.kind) {
      case 'object':
        type(v.type, v.place);
        for (const p of v.properties) {
          member(v.type, p.name, p.place);
          value(p.value);
        }
        return;
      case 'parameters':
        for (const p of v.properties) value(p.value);
        return;
      case 'collection':
        for (const item of v.items) value(item);
        return;
      case 'enum':
        type(v.type, v.place);
        return;
      default:
        return;
    }
  }
}
