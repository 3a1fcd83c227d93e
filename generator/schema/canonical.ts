/**
 * The one canonical shape of a schema model: every object's keys in code-unit order at every
 * level, properties whose value is `undefined` left out, arrays in their own order. A model has
 * this shape whichever path made it — built from the SDK packages, read back from the cache (which
 * is written with `stableStringify`), read from a CSDL or a saved JSON schema — so every output
 * that serialises model objects (the typed IR of `snipgen ir --json`, the playground's `"ir"`, the
 * golden files) is byte-identical on a cold and a warm run.
 */

/** A deep copy of a JSON-shaped value in the canonical shape (see the module comment). */
export function canonicalize<T>(value: T): T {
  return copy(value) as T;
}

function copy(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(copy);
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(source).sort()) {
    const v = source[key];
    if (v !== undefined) out[key] = copy(v);
  }
  return out;
}

/** True when every object in the value has its keys in canonical order (for tests and guards). */
export function isCanonical(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) return value.every(isCanonical);
  const keys = Object.keys(value);
  for (let i = 1; i < keys.length; i++) if (keys[i - 1]! >= keys[i]!) return false;
  return keys.every((k) => {
    const v = (value as Record<string, unknown>)[k];
    return v !== undefined && isCanonical(v);
  });
}

/** Deterministic JSON: the canonical shape, serialised. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(canonicalize(value));
}
