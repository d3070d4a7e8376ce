/**
 * Applies a planned fix as ONE edit batch (POST …/edits, docs/api.md "Edit batches"): the server
 * checks the whole fix once and stores all of it or none of it, so a failure leaves nothing
 * half-done. Undo reverts exactly that batch (POST …/batches/{batch}/revert): never a time
 * window of the change log, which would take other people's changes with it.
 */
import type { EditBatchResponse, EditInput } from '@bearing/core';
import { isApiError, request } from '../../api/client.ts';
import { describeError } from '../../api/describe-error.ts';
import { paths } from '../../api/paths.ts';
import type { ApiCall, FixPlan } from './fix-plan.ts';

export interface FixOutcome {
  /** The edit batch the fix made: what Undo reverts. */
  readonly batch: string;
  /** The change-log entries the fix made, oldest first. */
  readonly changes: readonly string[];
}

export class FixFailedError extends Error {
  /** True when nothing is left of the fix: a batch is all or nothing, so always. */
  readonly clean: boolean;

  constructor(message: string, clean: boolean, cause: unknown) {
    super(message, { cause });
    this.name = 'FixFailedError';
    this.clean = clean;
  }
}

const ENTITIES: Readonly<Record<string, EditInput['entity']>> = {
  objectives: 'objective',
  kpis: 'kpi',
  initiatives: 'initiative',
  links: 'link',
  perspectives: 'perspective',
};

/**
 * One planned call as an edit of the batch. Plans name the entity routes
 * (`…/scorecards/{sc}/{plural}[/{id}]`), so the route says the entity and its address.
 */
export function toEdit(call: ApiCall): EditInput {
  const match = /\/scorecards\/([^/]+)\/([^/]+)(?:\/([^/]+)(?:\/([^/]+))?)?$/.exec(call.path);
  const entity = match ? ENTITIES[match[2] ?? ''] : undefined;
  if (!match || entity === undefined) throw new Error(`no edit for ${call.method} ${call.path}`);
  const scorecard = decodeURIComponent(match[1] ?? '');
  const [first, second] = [match[3], match[4]].map((p) => (p ? decodeURIComponent(p) : ''));
  const id = entity === 'link' ? `${first}->${second}` : (first ?? '');
  const fields = call.body ?? {};
  // The plan's bodies are the entity routes' bodies, which the server validates again.
  if (call.method === 'POST') return { op: 'create', entity, scorecard, fields } as EditInput;
  const version = call.version ?? 0;
  if (call.method === 'PATCH') {
    return { op: 'update', entity, scorecard, id, version, fields };
  }
  return { op: 'delete', entity, scorecard, id, version };
}

/** Which planned call an error blames: the server names the edit as `edits[i]…`. */
function failedCall(plan: FixPlan, error: unknown): ApiCall | undefined {
  const at = isApiError(error) ? /^edits\[(\d+)\]/.exec(error.path ?? '') : null;
  return at ? plan.calls[Number(at[1])] : plan.calls.length === 1 ? plan.calls[0] : undefined;
}

export async function runFix(ws: string, plan: FixPlan): Promise<FixOutcome> {
  try {
    const { batch, changes } = await request<EditBatchResponse>(paths.edits(ws), {
      method: 'POST',
      body: { edits: plan.calls.map(toEdit) },
    });
    return { batch, changes };
  } catch (error) {
    const call = failedCall(plan, error);
    const what = call ? `Could not ${call.does}` : 'Could not apply the fix';
    throw new FixFailedError(`${what}: ${describeError(error)} Nothing was changed.`, true, error);
  }
}

/** Reverts the fix's batch, as one new batch of its own (so it can be redone from the history). */
export async function undoFix(ws: string, batch: string): Promise<void> {
  await request(paths.revertBatch(ws, batch), { method: 'POST' });
}
