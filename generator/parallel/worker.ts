/**
 * A worker thread of the page pool: loads the run's schemas once (the `--schema` file, or the
 * embedded default from its cache), then turns each `{id, path, text}` it is sent into
 * `{id, outcome}` (or `{id, error}` when an invariant of snipgen's own broke).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadSchemas } from '../schema/load.js';
import { pageOutcome } from './outcome.js';
import type { WorkerInit, WorkerReply, WorkerJob } from './pool.js';

const init = workerData as WorkerInit;
const port = parentPort!;
process.env.SNIPGEN_MODEL = init.model;
const schemas = loadSchemas(init.schemaPath);

port.on('message', (job: WorkerJob) => {
  void schemas.then(
    ({ schemaFor }) => {
      let reply: WorkerReply;
      try {
        reply = { id: job.id, outcome: pageOutcome(job.path, job.text, init.languages, schemaFor) };
      } catch (error) {
        const e = error as Error;
        reply = { id: job.id, error: { name: e.name, message: e.message, stack: e.stack ?? '' } };
      }
      port.postMessage(reply);
    },
    (error: Error) => port.postMessage({ id: job.id, error: { name: error.name, message: error.message, stack: error.stack ?? '' } } satisfies WorkerReply),
  );
});
