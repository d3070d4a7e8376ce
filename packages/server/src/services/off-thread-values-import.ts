import { Worker } from 'node:worker_threads';
import type { ValuesImportResultJson } from '@bearing/core';
import type { Database, WriteContext } from '@bearing/db';
import { ApiError, type ApiErrorCode } from '../errors.ts';
import { importValuesFile, type ValuesFileImport } from './values-file.service.ts';

/**
 * Large values files are read and imported on a worker thread, as large strategy imports are
 * (off-thread-import.ts, docs/api.md "Limits"): reading 100,000 rows and writing them takes
 * seconds of CPU, and better-sqlite3 runs every query on the calling thread. Small files, and
 * SQLite in memory, stay on the event loop.
 */
export interface ValuesImportJob {
  readonly databaseUrl: string;
  readonly workspace: string;
  readonly file: ValuesFileImport;
  readonly actor: string;
  /** ISO time: a Date does not survive the trip to the worker as one. */
  readonly now: string;
}

export type ValuesImportOutcome =
  | { readonly ok: true; readonly result: ValuesImportResultJson }
  | {
      readonly ok: false;
      readonly error: {
        readonly code: ApiErrorCode;
        readonly message: string;
        readonly path: string;
        readonly details: Record<string, unknown>;
      };
    };

const BOOT = new URL('./values-import-worker.boot.js', import.meta.url);

export async function importValuesFileAnywhere(
  database: Database,
  inlineLimit: number,
  workspace: string,
  file: ValuesFileImport,
  ctx: WriteContext,
): Promise<ValuesImportResultJson> {
  if (file.bytes.length <= inlineLimit || !database.shared) {
    return importValuesFile(database.db, workspace, file, ctx);
  }
  const bytes = new Uint8Array(file.bytes);
  const job: ValuesImportJob = {
    databaseUrl: database.url,
    workspace,
    file: { ...file, bytes },
    actor: ctx.actor,
    now: ctx.now.toISOString(),
  };
  const outcome = await new Promise<ValuesImportOutcome>((resolve, reject) => {
    const worker = new Worker(BOOT, { workerData: job, transferList: [bytes.buffer] });
    let settled = false;
    worker.once('message', (answer: ValuesImportOutcome) => {
      settled = true;
      resolve(answer);
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the values import worker stopped (exit code ${code})`));
    });
  });
  if (outcome.ok) return outcome.result;
  const { code, message, path, details } = outcome.error;
  throw new ApiError(code, message, path, details);
}
