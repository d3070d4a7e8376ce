import { Worker } from 'node:worker_threads';
import type { StrategyFormat } from '@bearing/core';
import type { Database } from '@bearing/db';
import { ApiError, type ApiErrorCode } from '../errors.ts';
import type { ImportLimits } from './import-limits.ts';
import { type ImportOptions, type ImportResult, importStrategy } from './strategy.service.ts';

/**
 * Large imports run on a worker thread (docs/api.md, "Limits"). Parsing and validating a 20 MB
 * file takes seconds of CPU, and better-sqlite3 runs every query on the calling thread; on the
 * event loop that would stall every other request, the health check included. The worker opens
 * its own connection to the same database (WAL lets the server keep reading meanwhile; other
 * writes wait for it as they would for another server process) and runs the very same
 * `importStrategy`. Small files, and SQLite in memory, stay on the event loop.
 */
export interface ImportJob {
  readonly databaseUrl: string;
  readonly workspace: string;
  /** The file's UTF-8 bytes, transferred (not copied) to the worker. */
  readonly bytes: Uint8Array<ArrayBuffer>;
  readonly format: StrategyFormat;
  readonly options: {
    readonly actor: string;
    /** ISO time: a Date does not survive the trip to the worker as one. */
    readonly now: string;
    /** The request's edit batch, so the worker's changes answer the request's headers. */
    readonly batch?: string;
    readonly replace: boolean;
    readonly limits?: ImportLimits;
  };
}

export type ImportOutcome =
  | { readonly ok: true; readonly result: ImportResult }
  | {
      readonly ok: false;
      readonly error: {
        readonly code: ApiErrorCode;
        readonly message: string;
        readonly path: string;
        readonly details: Record<string, unknown>;
      };
    };

const BOOT = new URL('./import-worker.boot.js', import.meta.url);

export async function importAnywhere(
  database: Database,
  inlineLimit: number,
  workspace: string,
  file: Buffer,
  format: StrategyFormat,
  options: ImportOptions,
): Promise<ImportResult> {
  if (file.length <= inlineLimit || !database.shared) {
    return importStrategy(database.db, workspace, file.toString('utf8'), format, options);
  }
  const job: ImportJob = {
    databaseUrl: database.url,
    workspace,
    bytes: ownBytes(file),
    format,
    options: {
      actor: options.actor,
      now: options.now.toISOString(),
      ...(options.batch === undefined ? {} : { batch: options.batch }),
      replace: options.replace,
      ...(options.limits === undefined ? {} : { limits: options.limits }),
    },
  };
  const outcome = await runWorker(job);
  if (outcome.ok) return outcome.result;
  const { code, message, path, details } = outcome.error;
  throw new ApiError(code, message, path, details);
}

/** A copy only when the buffer shares its memory (small buffers come from Node's pool). */
function ownBytes(file: Buffer): Uint8Array<ArrayBuffer> {
  const { buffer } = file;
  const whole =
    buffer instanceof ArrayBuffer && file.byteOffset === 0 && file.byteLength === buffer.byteLength;
  return whole ? new Uint8Array(buffer) : new Uint8Array(file);
}

function runWorker(job: ImportJob): Promise<ImportOutcome> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(BOOT, { workerData: job, transferList: [job.bytes.buffer] });
    let settled = false;
    worker.once('message', (outcome: ImportOutcome) => {
      settled = true;
      resolve(outcome);
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled)
        reject(new Error(`the import worker stopped (exit code ${code}) before answering`));
    });
  });
}
