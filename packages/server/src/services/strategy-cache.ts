import {
  type PreparedStrategy,
  type ScorecardId,
  type Strategy,
  prepareStrategy,
} from '@bearing/core';
import {
  ALL_SCORECARDS,
  type Executor,
  changedScorecards,
  loadScorecards,
  loadStrategy,
  workspaceRevision,
} from '@bearing/db';
import { cascadeSubset } from './cascade-subset.ts';

/**
 * A per-process cache of prepared strategies, one per workspace, checked against the database
 * on EVERY use: one indexed read of the workspace's revision (a counter that every committed
 * write moves, whichever process made it; see @bearing/db `workspaceRevision`). When it moved,
 * the process catches up before it answers, so it never serves scores older than the last write
 * committed before the request started. Catching up reloads only the scorecards that changed
 * (the database records the revision at which each scorecard last changed) and prepares the
 * strategy again; a change to the workspace itself or to the set of scorecards reloads it all. Nothing lives only in this process: it is a copy of the
 * database keyed by the database's own revision, and losing it costs one reload.
 *
 * The cache is keyed by the Kysely instance (a WeakMap), so apps over different databases in one
 * process, as in tests, never share entries.
 */
export interface CachedStrategy {
  readonly workspaceId: string;
  readonly revision: string;
  /** The workspace's strategy at `revision`. Prepare it through `preparedFor`. */
  readonly strategy: Strategy;
  /** Per-entry memo for derived data (e.g. each scorecard's latest period); dies with it. */
  readonly memo: Map<string, unknown>;
  /** How this entry was made: every scorecard read, or only the ones that changed. */
  readonly reloaded: 'all' | readonly string[];
}

interface Slot {
  readonly workspaceId: string;
  readonly revision: string;
  readonly loading: Promise<CachedStrategy>;
}

const caches = new WeakMap<object, Map<string, Slot>>();

export async function cachedStrategy(db: Executor, workspace: string): Promise<CachedStrategy> {
  let slots = caches.get(db);
  if (slots === undefined) {
    slots = new Map();
    caches.set(db, slots);
  }
  const current = await workspaceRevision(db, workspace);
  const slot = slots.get(workspace);
  if (
    current !== null &&
    slot !== undefined &&
    slot.workspaceId === current.workspaceId &&
    slot.revision === current.revision
  ) {
    // Concurrent requests for the same revision share one load.
    return slot.loading;
  }
  if (current === null) {
    slots.delete(workspace);
    // Let the loader raise the storage layer's own not-found error.
    await loadStrategy(db, workspace);
    throw new Error(`workspace "${workspace}" vanished while loading`);
  }
  // Set synchronously below, so requests arriving meanwhile share this load.
  const before = slot?.loading;
  const loading = (async () => {
    const previous = before === undefined ? undefined : await before.catch(() => undefined);
    return load(db, workspace, previous);
  })();
  // Keyed by the revision read above; `load` reads its own in the same snapshot as the data, so
  // the entry it produces is labelled with exactly what it holds (never newer than it is).
  const fresh: Slot = { ...current, loading };
  slots.set(workspace, fresh);
  try {
    const loaded = await loading;
    const latest = slots.get(workspace);
    if (latest === fresh) {
      slots.set(workspace, { ...loaded, loading: Promise.resolve(loaded) });
    }
    return loaded;
  } catch (error) {
    if (slots.get(workspace) === fresh) slots.delete(workspace);
    throw error;
  }
}

/**
 * The strategy and its revision from one consistent snapshot: only the changed scorecards on
 * top of `previous` when that is enough, else the whole workspace.
 */
function load(
  db: Executor,
  workspace: string,
  previous: CachedStrategy | undefined,
): Promise<CachedStrategy> {
  const read = async (trx: Executor): Promise<CachedStrategy> => {
    // First read in the transaction: the snapshot starts here (SQLite and PostgreSQL alike).
    const revision = await workspaceRevision(trx, workspace);
    if (revision !== null && previous?.workspaceId === revision.workspaceId) {
      const strategy = await patch(trx, workspace, previous, revision.revision);
      if (strategy !== null) {
        const reloaded = strategy.changed;
        // Nothing changed that scores read: keep what was prepared.
        const memo = reloaded.length === 0 ? previous.memo : new Map<string, unknown>();
        return { ...revision, strategy: strategy.strategy, memo, reloaded };
      }
    }
    const strategy = await loadStrategy(trx, workspace);
    if (revision === null) throw new Error(`workspace "${workspace}" vanished while loading`);
    return { ...revision, strategy, memo: new Map(), reloaded: 'all' };
  };
  if (db.isTransaction) return read(db);
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(read);
}

/** `previous` with the scorecards changed since its revision read again; null: reload all. */
async function patch(
  trx: Executor,
  workspace: string,
  previous: CachedStrategy,
  revision: string,
): Promise<{ readonly strategy: Strategy; readonly changed: readonly string[] } | null> {
  const current = previous.strategy;
  if (revision === previous.revision) return { strategy: current, changed: [] };
  const changed = await changedScorecards(trx, previous.workspaceId, previous.revision);
  if (changed.includes(ALL_SCORECARDS)) return null;
  const known = new Set<string>(current.scorecards.map((s) => s.id));
  if (!changed.every((key) => known.has(key))) return null;
  const fresh = await loadScorecards(trx, workspace, changed);
  if (fresh.length !== changed.length) return null;
  const byId = new Map<string, Strategy['scorecards'][number]>(fresh.map((s) => [s.id, s]));
  return {
    strategy: { ...current, scorecards: current.scorecards.map((s) => byId.get(s.id) ?? s) },
    changed,
  };
}

const PREPARED_MEMO = 'prepared';
/** Prepared subsets kept per entry; a department's is small, the whole workspace's is not. */
const MAX_PREPARED = 256;

/**
 * The prepared strategy to score `scorecard` with: only its cascade (the scorecard and those
 * contributing into it), prepared on first use and kept with the entry, or the whole workspace,
 * prepared once, when the cascade is all of it. An unknown scorecard gets an empty strategy, so
 * the engine reports it as usual.
 */
export function preparedFor(cached: CachedStrategy, scorecard: ScorecardId): PreparedStrategy {
  let memo = cached.memo.get(PREPARED_MEMO) as Map<string, PreparedStrategy> | undefined;
  if (memo === undefined) {
    memo = new Map();
    cached.memo.set(PREPARED_MEMO, memo);
  }
  const hit = memo.get(scorecard);
  if (hit !== undefined) return hit;
  const subset = cascadeSubset(cached.strategy, scorecard);
  let prepared: PreparedStrategy;
  if (subset === null) {
    const full = memo.get(WHOLE) ?? prepareStrategy(cached.strategy);
    memo.set(WHOLE, full);
    prepared = full;
  } else {
    prepared = prepareStrategy(subset);
  }
  if (memo.size >= MAX_PREPARED) memo.delete(memo.keys().next().value!);
  memo.set(scorecard, prepared);
  return prepared;
}

/** Memo key of the whole workspace's preparation (not a scorecard id: ids have no NUL). */
const WHOLE = '\u0000all';

/** Drops every cached strategy of a database (tests, memory pressure). */
export function clearStrategyCache(db: Executor): void {
  caches.delete(db);
}
