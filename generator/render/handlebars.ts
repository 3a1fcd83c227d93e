/**
 * The Handlebars environment. Templates only lay out finished strings: compiled with
 * `strict: true, noEscape: true, knownHelpersOnly: true`, and the only helpers are Handlebars'
 * own block helpers (`if`, `unless`, `each`, `with`). A test parses every template and rejects
 * anything else.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';

/** Helpers a template may use: Handlebars' built-in block helpers, nothing that computes. */
export const ALLOWED_HELPERS = ['if', 'unless', 'each', 'with'] as const;

const COMPILE_OPTIONS = {
  strict: true,
  noEscape: true,
  knownHelpersOnly: true,
  knownHelpers: { helperMissing: false, blockHelperMissing: false, lookup: false, log: false },
} as const;

/** The `templates/` folder, from the source tree or from a compiled `dist/` build. */
export function templatesRoot(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [path.resolve(here, '../../templates'), path.resolve(here, '../../../templates')];
  const found = candidates.find((c) => existsSync(c));
  if (found === undefined) throw new Error(`internal: templates/ not found near ${here}`);
  return found;
}

export type CompiledTemplate<V> = (view: V) => string;

const cache = new Map<string, CompiledTemplate<unknown>>();

/**
 * Compiles `templates/<folder>/snippet.hbs` with the partials of `templates/<folder>/partials/`
 * (each registered under its file name without `.hbs`), once per process.
 */
export function loadTemplate<V>(folder: string): CompiledTemplate<V> {
  const cached = cache.get(folder);
  if (cached !== undefined) return cached as CompiledTemplate<V>;
  const root = path.join(templatesRoot(), folder);
  const env = Handlebars.create();
  // `lookup` and `log` compute or print: a template gets neither.
  env.unregisterHelper('lookup');
  env.unregisterHelper('log');
  const partialsDir = path.join(root, 'partials');
  if (existsSync(partialsDir)) {
    for (const name of readdirSync(partialsDir).sort()) {
      if (!name.endsWith('.hbs')) continue;
      env.registerPartial(name.slice(0, -4), env.compile(readFileSync(path.join(partialsDir, name), 'utf8'), COMPILE_OPTIONS));
    }
  }
  const template = env.compile(readFileSync(path.join(root, 'snippet.hbs'), 'utf8'), COMPILE_OPTIONS);
  const compiled: CompiledTemplate<V> = (view) => template(view);
  cache.set(folder, compiled as CompiledTemplate<unknown>);
  return compiled;
}

/** Every `.hbs` file under `templates/` (for the test that rejects logic in templates). */
export function allTemplateFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.hbs')) out.push(full);
    }
  };
  walk(templatesRoot());
  return out.sort();
}
