import { parentPort, workerData } from 'node:worker_threads';
import { createDatabase } from '@bearing/db';
import { toApiError } from '../plugins/errors.ts';
import type { ValuesImportJob, ValuesImportOutcome } from './off-thread-values-import.ts';
import { importValuesFile } from './values-file.service.ts';

/**
 * The worker side of a large values import (off-thread-values-import.ts): reads the file and
 * imports it on its own thread and database connection, so the server's event loop keeps
 * answering. Failures travel back as the API error they would have been on the main thread.
 */
const job = workerData as ValuesImportJob;
const database = await createDatabase(job.databaseUrl);
let outcome: ValuesImportOutcome;
try {
  const result = await importValuesFile(database.db, job.workspace, job.file, {
    actor: job.actor,
    now: new Date(job.now),
  });
  outcome = { ok: true, result };
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
