/**
 * Applies a planned fix through the API, and undoes it through the change log. A fix of several
 * calls is all or nothing: when a call fails, the changes already made are reverted (newest
 * first), and only if that fails too does the error say what was left half-done.
 */
import { request } from '../../api/client.ts';
import { describeError } from '../../api/describe-error.ts';
import { paths } from '../../api/paths.ts';
import type { Change } from '../../api/types.ts';
import type { ApiCall, FixPlan } from './fix-plan.ts';

/**
 * The change log is read from a little before the fix started: the server's clock stamps the
 * changes, so the window allows for a browser clock that runs ahead of it.
 */
const CLOCK_MARGIN_MS = 5 * 60_000;
const LOG_LIMIT = 10_000;

export interface FixOutcome {
  /** The change-log entries the fix made, oldest first: what Undo reverts. */
  readonly changes: readonly string[];
  /** Each call's response, in order. */
  readonly responses: readonly unknown[];
}

export class FixFailedError extends Error {
  /** True when nothing is left of the fix (nothing was done, or it was rolled back). */
  readonly clean: boolean;

  constructor(message: string, clean: boolean, cause: unknown) {
    super(message, { cause });
    this.name = 'FixFailedError';
    this.clean = clean;
  }
}

async function changeIds(ws: string, sc: string, since: Date): Promise<string[]> {
  const { changes } = await request<{ changes: Change[] }>(paths.changes(ws), {
    query: { scorecard: sc, since: since.toISOString(), limit: LOG_LIMIT },
  });
  return changes.map((c) => c.id);
}

function send(call: ApiCall): Promise<unknown> {
  return request<unknown>(call.path, {
    method: call.method,
    ...(call.body === undefined ? {} : { body: call.body }),
    ...(call.version === undefined ? {} : { version: call.version }),
  });
}

/** Reverts changes newest first (each revert is itself logged, so it can be redone). */
export async function undoChanges(ws: string, changes: readonly string[]): Promise<void> {
  for (const id of [...changes].reverse()) {
    await request(paths.revert(ws, id), { method: 'POST' });
  }
}

export async function runFix(
  ws: string,
  sc: string,
  plan: FixPlan,
  now: () => number = Date.now,
): Promise<FixOutcome> {
  const since = new Date(now() - CLOCK_MARGIN_MS);
  const before = new Set(await changeIds(ws, sc, since));
  const made = async () => (await changeIds(ws, sc, since)).filter((id) => !before.has(id));
  const responses: unknown[] = [];
  for (const [index, call] of plan.calls.entries()) {
    try {
      responses.push(await send(call));
    } catch (error) {
      if (index === 0)
        throw new FixFailedError(`Could not ${call.does}: ${describeError(error)}`, true, error);
      throw await rollBack(ws, call, error, made, plan.calls.slice(0, index));
    }
  }
  // The fix is in; if the log cannot be read now, it stands without an Undo button.
  const changes = await made().catch(() => []);
  return { changes, responses };
}

async function rollBack(
  ws: string,
  failed: ApiCall,
  error: unknown,
  made: () => Promise<string[]>,
  done: readonly ApiCall[],
): Promise<FixFailedError> {
  const reason = `Could not ${failed.does}: ${describeError(error)}`;
  try {
    await undoChanges(ws, await made());
    return new FixFailedError(
      `${reason} Nothing was changed: the steps already done were undone.`,
      true,
      error,
    );
  } catch (undoError) {
    const steps = done.map((c) => c.does).join('; ');
    return new FixFailedError(
      `${reason} The steps already done (${steps}) could not be undone (${describeError(undoError)}); undo them from the history or by hand.`,
      false,
      error,
    );
  }
}
