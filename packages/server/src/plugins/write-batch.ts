import type { FastifyRequest } from 'fastify';
import {
  type Executor,
  type WriteContext,
  listBatchChangeIds,
  newChangeBatchId,
} from '@bearing/db';
import type { App } from '../types.ts';

/**
 * Every write request is one edit batch: the changes it logs carry the request's batch id, and
 * the response says which they are (docs/api.md "Change ids in write responses"):
 *   Bearing-Batch: <batch id>          — POST …/batches/{batch}/revert undoes the whole write
 *   Bearing-Changes: <id>, <id>, …     — the change-log ids, oldest first (up to 100)
 *   Bearing-Change-Count: <n>
 * A write that logs more than 100 changes (a strategy import) leaves Bearing-Changes out:
 * `GET …/changes?batch=` lists them.
 */
const batches = new WeakMap<FastifyRequest, string>();
/** The change ids a write logged, read once after it committed (the headers and webhooks). */
const changeIds = new WeakMap<FastifyRequest, readonly string[]>();

export const MAX_CHANGE_IDS_IN_HEADER = 100;

/** Who writes and when, and the request's batch: the principal and the app's clock. */
export function requestWriteContext(request: FastifyRequest, now: Date): WriteContext {
  let batch = batches.get(request);
  if (batch === undefined) {
    batch = newChangeBatchId();
    batches.set(request, batch);
  }
  const principal = request.principal;
  return {
    actor: principal?.name ?? 'anonymous',
    now,
    batch,
    accountId: principal?.accountId ?? null,
    tokenId: principal?.tokenId ?? null,
  };
}

/** The request's edit batch, if it wrote through a write context (else undefined). */
export function batchOf(request: FastifyRequest): string | undefined {
  return batches.get(request);
}

/** The change ids a successful write logged, oldest first; undefined before onSend read them. */
export function changeIdsOf(request: FastifyRequest): readonly string[] | undefined {
  return changeIds.get(request);
}

export function registerWriteBatchHeaders(app: App, db: Executor): void {
  app.addHook('onSend', async (request, reply, payload) => {
    const batch = batches.get(request);
    if (batch === undefined || reply.statusCode >= 400) return payload;
    // Read after the write committed: the ids are exactly what is in the log.
    const ids = await listBatchChangeIds(db, batch);
    changeIds.set(request, ids);
    reply.header('bearing-batch', batch);
    reply.header('bearing-change-count', String(ids.length));
    if (ids.length <= MAX_CHANGE_IDS_IN_HEADER) reply.header('bearing-changes', ids.join(', '));
    return payload;
  });
}
