/**
 * Pools of worker threads: `PagePool` processes pages (worker.ts) for `snipgen generate`,
 * `CheckPool` checks files (check-worker.ts) for `snipgen check`. Jobs go to the least-busy
 * worker; each answer is matched to its job by id, so the caller decides the order results are
 * used in (both commands use them in input order: the output does not depend on timing).
 * Workers start on the first job, so a run that needs none (every page from the cache) starts none.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CheckLanguage } from '../check/types.js';
import type { CheckFileResult } from '../commands/check-result.js';
import type { LanguageId } from '../languages/index.js';
import type { PageOutcome } from './outcome.js';
import type { ModelKind } from '../schema/default.js';

export interface WorkerInit {
  readonly languages: readonly LanguageId[];
  /** The `--schema` file each worker loads; undefined: the default model. */
  readonly schemaPath: string | undefined;
  /** The default model the main thread chose (schema/default.ts): a worker takes the same, never deciding (or fetching) again. */
  readonly model: ModelKind;
}

export interface WorkerJob {
  readonly id: number;
  readonly path: string;
  readonly text: string;
}

interface ErrorData {
  readonly name: string;
  readonly message: string;
  readonly stack: string;
}

export type WorkerReply = { readonly id: number; readonly outcome: PageOutcome } | { readonly id: number; readonly error: ErrorData };

export interface CheckWorkerInit {
  /** Only these languages are checked; null: all. */
  readonly languages: readonly CheckLanguage[] | null;
  /** For docs pages: the `--schema` file each worker loads; undefined: the default model. */
  readonly schemaPath: string | undefined;
  /** The default model: decided by the main thread when docs pages are checked, else the one asked for (snippet files need none, so it is not built ahead). */
  readonly model: ModelKind;
}

export interface CheckWorkerJob {
  readonly id: number;
  readonly files: readonly string[];
}

export type CheckWorkerReply = { readonly id: number; readonly outcome: readonly CheckFileResult[] } | { readonly id: number; readonly error: ErrorData };

/** A compiled worker script: beside this module in a build, or in dist/ when this module runs from source (tests). */
export function workerScript(name = 'worker.js'): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const beside = path.join(here, name);
  if (existsSync(beside)) return beside;
  const built = path.resolve(here, '..', '..', 'dist', 'generator', 'parallel', name);
  if (existsSync(built)) return built;
  throw new Error(`the worker script is not built (looked for ${beside} and ${built}): run npm run build`);
}

interface Slot {
  readonly worker: Worker;
  busy: number;
}

/** Workers that run `script` with `init`, each job `{id, ...}` answered by `{id, outcome}` or `{id, error}`. */
class Pool<Job extends object, Outcome> {
  private slots: Slot[] = [];
  private nextId = 0;
  private readonly waiting = new Map<number, { resolve: (o: Outcome) => void; reject: (e: Error) => void; slot: Slot }>();

  constructor(
    private readonly size: number,
    private readonly script: string,
    private readonly init: object,
  ) {}

  private start(): void {
    const script = workerScript(this.script);
    for (let i = 0; i < this.size; i++) {
      const worker = new Worker(script, { workerData: this.init });
      const slot: Slot = { worker, busy: 0 };
      worker.on('message', (reply: { id: number; outcome: Outcome } | { id: number; error: ErrorData }) => {
        const job = this.waiting.get(reply.id);
        if (!job) return;
        this.waiting.delete(reply.id);
        slot.busy -= 1;
        if ('outcome' in reply) job.resolve(reply.outcome);
        else {
          const error = new Error(reply.error.message);
          error.name = reply.error.name;
          error.stack = reply.error.stack;
          job.reject(error);
        }
      });
      worker.on('error', (error) => this.failAll(slot, error));
      worker.on('exit', (code) => {
        if (code !== 0) this.failAll(slot, new Error(`a worker thread exited with code ${code}`));
      });
      this.slots.push(slot);
    }
  }

  private failAll(slot: Slot, error: Error): void {
    for (const [id, job] of this.waiting) {
      if (job.slot !== slot) continue;
      this.waiting.delete(id);
      job.reject(error);
    }
  }

  protected send(job: Job): Promise<Outcome> {
    if (this.slots.length === 0) this.start();
    const slot = this.slots.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = this.nextId++;
    slot.busy += 1;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject, slot });
      slot.worker.postMessage({ id, ...job });
    });
  }

  get started(): number {
    return this.slots.length;
  }

  async close(): Promise<void> {
    const slots = this.slots;
    this.slots = [];
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}

export class PagePool extends Pool<Omit<WorkerJob, 'id'>, PageOutcome> {
  constructor(size: number, init: WorkerInit) {
    super(size, 'worker.js', init);
  }

  run(pagePath: string, text: string): Promise<PageOutcome> {
    return this.send({ path: pagePath, text });
  }
}

export class CheckPool extends Pool<Omit<CheckWorkerJob, 'id'>, readonly CheckFileResult[]> {
  constructor(size: number, init: CheckWorkerInit) {
    super(size, 'check-worker.js', init);
  }

  /** The results of checking `files`, one per file, in their order. */
  run(files: readonly string[]): Promise<readonly CheckFileResult[]> {
    return this.send({ files });
  }
}
