import { parentPort, workerData } from 'node:worker_threads';
import { createDatabase } from '@bearing/db';
import { toApiError } from '../plugins/errors.ts';
import { importStrategy } from './strategy.service.ts';
import type { ImportJob, ImportOutcome } from './off-thread-import.ts';

/**
 * The worker side of `importOffThread`: parses, validates and saves one large import on its
 * own thread and its own database connection, so the server's event loop keeps answering.
 * Failures travel back as the API error they would have been on the main thread.
 */
const job = workerData as ImportJob;
const database = await createDatabase(job.databaseUrl);
let outcome: ImportOutcome;
try {
  const text = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength).toString(
    'utf8',
  );
  const result = await importStrategy(database.db, job.workspace, text, job.format, {
    ...job.options,
    now: new Date(job.options.now),
  });
  outcome = { ok: true, result: { scorecards: [...result.scorecards], replaced: result.replaced } };
} catch (error) {
  const api = toApiError(error);
  outcome = {
    ok: false,
    error: { code: api.code, message: api.message, path: api.path, details: { ...api.details } },
  };
} finally {
  await database.close();
}
parentPort?.postMessage(outcome);
