/**
 * Undo of a delete through the change log (docs/api.md): find the newest delete of the entity
 * and revert it; the server re-creates the objective with its KPIs, values, initiatives and links.
 */
import { request } from '../../api/client.ts';
import { paths } from '../../api/paths.ts';
import type { Change } from '../../api/types.ts';

/** The newest delete of `entityKey` (the log is oldest first). */
export function newestDelete(
  changes: readonly Change[],
  entityType: string,
  entityKey: string,
): Change | null {
  for (let i = changes.length - 1; i >= 0; i--) {
    const change = changes[i]!;
    if (
      change.operation === 'delete' &&
      change.entityType === entityType &&
      change.entityKey === entityKey
    ) {
      return change;
    }
  }
  return null;
}

/**
 * The log is read from a little before the delete, so a long log is not read in full; the margin
 * covers a browser clock that runs behind the server's. Without a hit, the whole entity log is read.
 */
const CLOCK_MARGIN_MS = 10 * 60 * 1000;

export async function undoDelete(
  ws: string,
  sc: string,
  entityType: string,
  entityKey: string,
  deletedAt: Date,
): Promise<void> {
  const read = (since: string | null) =>
    request<{ changes: Change[] }>(paths.changes(ws), {
      query: { entity: entityType, scorecard: sc, since, limit: 10_000 },
    }).then((r) => newestDelete(r.changes, entityType, entityKey));
  const since = new Date(deletedAt.getTime() - CLOCK_MARGIN_MS).toISOString();
  const change = (await read(since)) ?? (await read(null));
  if (!change) throw new Error(`the delete of "${entityKey}" is not in the change log`);
  await request(paths.revert(ws, change.id), { method: 'POST' });
}
