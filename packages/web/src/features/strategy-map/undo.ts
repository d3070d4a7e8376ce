/**
 * Map deletes and their Undo (docs/api.md "Edit batches"): a delete is sent as an edit batch of
 * one, the server answers with the batch id, and Undo reverts exactly that batch — the server
 * re-creates the objective with its KPIs, values, initiatives and links. Nothing is looked up in
 * the change log by time, so another person's changes are never taken along.
 */
import type { EditBatchResponse, EditInput } from '@bearing/core';
import { request } from '../../api/client.ts';
import { paths } from '../../api/paths.ts';

/** Deletes through the one write path; the answer names the batch that Undo reverts. */
export function deleteAsBatch(ws: string, edit: EditInput): Promise<EditBatchResponse> {
  return request<EditBatchResponse>(paths.edits(ws), { method: 'POST', body: { edits: [edit] } });
}

/** Reverts the batch a delete made (itself logged as a batch, so it can be redone). */
export async function undoBatch(ws: string, batch: string): Promise<void> {
  await request(paths.revertBatch(ws, batch), { method: 'POST' });
}
