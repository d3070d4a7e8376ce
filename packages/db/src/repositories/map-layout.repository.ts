import type { Executor } from '../database.ts';
import { inTransaction } from '../context.ts';
import { insertChunked } from './batch.ts';
import { scorecardScope } from './scope.ts';

/**
 * Strategy-map layout: where users placed objectives on a scorecard's map. Presentation, not
 * strategy: no versions, no change-log rows (so the workspace revision and the score caches do
 * not move), not in the strategy file. A position goes away with its objective (foreign key).
 */
export interface MapPosition {
  readonly x: number;
  readonly y: number;
}

/** Positions by objective id; an objective without one is laid out automatically. */
export type MapLayout = Readonly<Record<string, MapPosition>>;

/** What to change: a position places the objective, null clears it (back to automatic). */
export type MapLayoutChanges = Readonly<Record<string, MapPosition | null>>;

export type MapLayoutUpdate =
  | { readonly ok: true; readonly layout: MapLayout }
  /** Objective ids the scorecard does not have, in the order given; nothing was written. */
  | { readonly ok: false; readonly unknown: readonly string[] };

/** The scorecard's saved positions, in the scorecard's objective order. */
export async function getMapLayout(
  db: Executor,
  workspaceKey: string,
  scorecardKey: string,
): Promise<MapLayout> {
  const scope = await scorecardScope(db, workspaceKey, scorecardKey);
  return readLayout(db, scope.scorecardId);
}

/**
 * Merges `changes` into the scorecard's layout in one transaction and returns the whole layout
 * after it. Objectives not named keep their positions. When an id is not an objective of the
 * scorecard nothing is written and the unknown ids are returned.
 */
export function updateMapLayout(
  db: Executor,
  workspaceKey: string,
  scorecardKey: string,
  changes: MapLayoutChanges,
  now: Date,
): Promise<MapLayoutUpdate> {
  return inTransaction(db, async (trx) => {
    const scope = await scorecardScope(trx, workspaceKey, scorecardKey);
    const keys = Object.keys(changes);
    const ids = await objectiveIds(trx, scope.scorecardId);
    const unknown = keys.filter((key) => !ids.has(key));
    if (unknown.length > 0) return { ok: false, unknown };
    const cleared: string[] = [];
    const placed: { objective_id: string; x: number; y: number; updated_at: string }[] = [];
    const updatedAt = now.toISOString();
    for (const key of keys) {
      const id = ids.get(key)!;
      const position = changes[key];
      if (position === null || position === undefined) cleared.push(id);
      else placed.push({ objective_id: id, x: position.x, y: position.y, updated_at: updatedAt });
    }
    // Delete then insert: one portable statement each, whether a position existed or not.
    const touched = [...cleared, ...placed.map((p) => p.objective_id)];
    for (let i = 0; i < touched.length; i += CHUNK) {
      await trx
        .deleteFrom('map_positions')
        .where('objective_id', 'in', touched.slice(i, i + CHUNK))
        .execute();
    }
    await insertChunked(trx, 'map_positions', placed);
    return { ok: true, layout: await readLayout(trx, scope.scorecardId) };
  });
}

/** Ids per delete statement, under both engines' parameter limits. */
const CHUNK = 10_000;

/** The scorecard's objective keys to row ids (a few hundred at most; one indexed read). */
async function objectiveIds(db: Executor, scorecardId: string): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('objectives')
    .select(['id', 'key'])
    .where('scorecard_id', '=', scorecardId)
    .execute();
  return new Map(rows.map((r) => [r.key, r.id]));
}

async function readLayout(db: Executor, scorecardId: string): Promise<MapLayout> {
  const rows = await db
    .selectFrom('map_positions')
    .innerJoin('objectives', 'objectives.id', 'map_positions.objective_id')
    .select(['objectives.key as key', 'map_positions.x as x', 'map_positions.y as y'])
    .where('objectives.scorecard_id', '=', scorecardId)
    .orderBy('objectives.position')
    .execute();
  // fromEntries defines own properties, so an id such as "__proto__" stays an ordinary key.
  return Object.fromEntries(rows.map((r) => [r.key, { x: r.x, y: r.y }]));
}
