/**
 * The golden cases of rendering: `test/cases/<area>/<case>/input.md`, one annotated request per
 * page, plus an optional `case.json`:
 *
 * ```json
 * { "schema": "csdl" | "embedded", "messages": ["schema:value-coerced", …] }
 * ```
 *
 * - `schema`: what the request is typed against. Default: `embedded` when the request line names
 *   `/beta/`, else `csdl` (the shared Graph v1.0 CSDL);
 * - `messages`: the diagnostics the case intends, as `source:rule` ids in page order (every
 *   severity, every stage). Default: none. A case whose page needs no message has no `case.json`.
 *
 * `test/cases/extract/` belongs to the extract stage's own goldens and is not a rendering area.
 * The loader only reads; it never writes and never throws for a case it cannot read well
 * (a bad `case.json` is a broken invariant of the repository, and that does throw).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CASES_ROOT = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(CASES_ROOT, '..', '..');

/** Folders of `test/cases/` that are not rendering areas. */
const NOT_AREAS: ReadonlySet<string> = new Set(['extract']);

export type SchemaKind = 'csdl' | 'embedded';

export interface Case {
  /** The area folder (`users`, `mail`, …). */
  readonly area: string;
  /** The case folder (`get-with-select`). */
  readonly name: string;
  /** `<area>/<name>`: unique, stable, and what tests are named by. */
  readonly id: string;
  /** Absolute path of the case folder. */
  readonly dir: string;
  /** Absolute path of `input.md`. */
  readonly input: string;
  /** `input.md`'s path from the repository root, with `/` (the VFile path: no absolute paths in goldens). */
  readonly inputPath: string;
  readonly schema: SchemaKind;
  /** The `source:rule` ids of the messages the case intends, in page order. */
  readonly messages: readonly string[];
}

interface CaseJson {
  readonly schema?: SchemaKind;
  readonly messages?: readonly string[];
}

function readCaseJson(file: string): CaseJson {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error(`${file}: not a JSON object`);
  const json = parsed as Record<string, unknown>;
  for (const key of Object.keys(json)) {
    if (key !== 'schema' && key !== 'messages') throw new Error(`${file}: unknown key '${key}'`);
  }
  if (json.schema !== undefined && json.schema !== 'csdl' && json.schema !== 'embedded') {
    throw new Error(`${file}: schema must be "csdl" or "embedded"`);
  }
  if (json.messages !== undefined && !(Array.isArray(json.messages) && json.messages.every((m) => typeof m === 'string'))) {
    throw new Error(`${file}: messages must be a list of rule ids`);
  }
  return json as CaseJson;
}

/** `embedded` when a request line of the page addresses `/beta/`. */
function defaultSchema(text: string): SchemaKind {
  return /^(?:GET|POST|PATCH|PUT|DELETE)\s+\S*\/beta\//m.test(text) ? 'embedded' : 'csdl';
}

function sortedDirs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Every case, sorted by area then name. */
export function loadCases(root: string = CASES_ROOT): Case[] {
  const cases: Case[] = [];
  for (const area of sortedDirs(root)) {
    if (NOT_AREAS.has(area)) continue;
    for (const name of sortedDirs(path.join(root, area))) {
      const dir = path.join(root, area, name);
      const input = path.join(dir, 'input.md');
      if (!existsSync(input)) throw new Error(`${dir}: a case folder without input.md`);
      const caseFile = path.join(dir, 'case.json');
      const json = existsSync(caseFile) ? readCaseJson(caseFile) : {};
      cases.push({
        area,
        name,
        id: `${area}/${name}`,
        dir,
        input,
        inputPath: path.relative(REPO_ROOT, input).split(path.sep).join('/'),
        schema: json.schema ?? defaultSchema(readFileSync(input, 'utf8')),
        messages: json.messages ?? [],
      });
    }
  }
  return cases;
}
