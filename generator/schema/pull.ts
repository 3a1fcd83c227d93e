/**
 * `schema pull`: downloads a service's `$metadata` (CSDL) into a file usable with `--schema`.
 * The XML is kept as served, with line endings normalised to `\n`, so that the same schema always
 * gives the same bytes. Written atomically (temp file + rename): an interrupted pull never leaves a
 * half file. Every failure (network, HTTP status, timeout, not CSDL) is a `SchemaPullError` with a
 * readable message; a pull never hangs (a timeout applies to the whole download).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type PullVersion = 'v1.0' | 'beta';

/** The Microsoft Graph service root of a version (the default of `--url`). */
export function graphServiceRoot(version: PullVersion): string {
  return `https://graph.microsoft.com/${version}`;
}

export const DEFAULT_PULL_TIMEOUT_MS = 60_000;

export interface PullOptions {
  /** The service root (`https://graph.microsoft.com/v1.0`); `$metadata` is appended. */
  readonly serviceRoot: string;
  readonly out: string;
  /** Milliseconds for the whole download (connect, headers and body). */
  readonly timeoutMs?: number;
}

export interface PullResult {
  readonly url: string;
  readonly file: string;
  readonly bytes: number;
  readonly sha256: string;
}

export class SchemaPullError extends Error {
  override readonly name = 'SchemaPullError';
}

export function metadataUrl(serviceRoot: string): string {
  return `${serviceRoot.replace(/\/+$/, '')}/$metadata`;
}

/** CRLF and lone CR → LF; nothing else is touched. */
export function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function describeFailure(error: unknown, url: string, timeoutMs: number): string {
  const e = error as Error & { cause?: { code?: string; message?: string } };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return `no complete answer from ${url} within ${timeoutMs} ms (timed out)`;
  const cause = e.cause?.code ?? e.cause?.message;
  return `cannot download ${url}: ${cause ? `${e.message} (${cause})` : e.message}`;
}

export async function pullSchema(options: PullOptions): Promise<PullResult> {
  const url = metadataUrl(options.serviceRoot);
  const timeoutMs = options.timeoutMs ?? DEFAULT_PULL_TIMEOUT_MS;
  let text: string;
  try {
    const response = await fetch(url, { headers: { accept: 'application/xml' }, signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
    if (!response.ok) {
      await response.body?.cancel();
      throw new SchemaPullError(`cannot download ${url}: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    }
    text = await response.text();
  } catch (error) {
    if (error instanceof SchemaPullError) throw error;
    throw new SchemaPullError(describeFailure(error, url, timeoutMs));
  }
  if (!/<edmx:Edmx[\s>]/.test(text) || !/<Schema[\s>]/.test(text)) {
    throw new SchemaPullError(`${url} did not answer with a CSDL document (no <edmx:Edmx> with a <Schema>)`);
  }
  const normalised = normaliseLineEndings(text);
  const file = path.resolve(options.out);
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, normalised);
    renameSync(tmp, file);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw new SchemaPullError(`cannot write ${file}: ${(error as Error).message}`);
  }
  return { url, file, bytes: Buffer.byteLength(normalised), sha256: createHash('sha256').update(normalised).digest('hex') };
}
