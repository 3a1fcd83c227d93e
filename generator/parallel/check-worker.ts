/**
 * A worker thread of the check pool: loads the grammars once (and, at the first docs page, the
 * run's schemas), then turns each `{id, files}` it is sent into `{id, outcome}`: one result per
 * file, in order (or `{id, error}` when an invariant of snipgen's own broke).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { initCheckers } from '../check/index.js';
import { checkFile } from '../commands/check.js';
import type { CheckFileResult } from '../commands/check-result.js';
import { loadSchemas } from '../schema/load.js';
import type { SchemaFor } from '../pipeline.js';
import type { CheckWorkerInit, CheckWorkerJob, CheckWorkerReply } from './pool.js';

const init = workerData as CheckWorkerInit;
const port = parentPort!;
process.env.SNIPGEN_MODEL = init.model;
const only = init.languages ? new Set(init.languages) : null;
let schemaFor: SchemaFor | null = null;
const schemas = async (): Promise<SchemaFor> => (schemaFor ??= (await loadSchemas(init.schemaPath)).schemaFor);
const ready = initCheckers();
// jobs are answered one after the other, in the order they came
let queue: Promise<void> = Promise.resolve();

port.on('message', (job: CheckWorkerJob) => {
  queue = queue.then(async () => {
    let reply: CheckWorkerReply;
    try {
      await ready;
      const outcome: CheckFileResult[] = [];
      for (const file of job.files) outcome.push(await checkFile(file, only, schemas));
      reply = { id: job.id, outcome };
    } catch (error) {
      const e = error as Error;
      reply = { id: job.id, error: { name: e.name, message: e.message, stack: e.stack ?? '' } };
    }
    port.postMessage(reply);
  });
});
