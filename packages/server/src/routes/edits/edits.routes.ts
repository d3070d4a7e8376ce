import { type EditInput, editBatchInput, editBatchResponse } from '@bearing/core';
import { assertScorecard } from '../../plugins/access.ts';
import { applyEdits } from '../../services/edits/apply-edits.service.ts';
import type { App, RouteDeps } from '../../types.ts';
import { workspaceParams } from '../common.schema.ts';
import { writeContext, writeErrors } from '../versioning.ts';

export function editRoutes(app: App, deps: RouteDeps): void {
  const db = deps.db.db;

  app.post(
    '/api/workspaces/:ws/edits',
    {
      config: { access: 'strategy.write', accessPerItem: true },
      schema: {
        tags: ['edits'],
        summary:
          'apply a batch of entity edits all or nothing, checked once as the would-be strategy file',
        params: workspaceParams,
        body: editBatchInput,
        response: { 200: editBatchResponse, ...writeErrors },
      },
    },
    async (request) => {
      const { ws } = request.params;
      // The route-level check passed a member whose role is enough on one scorecard: each
      // edit needs it on its own scorecard (a new scorecard, on the whole workspace).
      request.body.edits.forEach((edit, i) => {
        assertScorecard(request, editTarget(edit), `body.edits.${i}`);
      });
      const ctx = writeContext(request, deps);
      const outcome = await db
        .transaction()
        .execute((trx) => applyEdits(trx, ws, request.body.edits, ctx));
      return { batch: outcome.batch, changes: [...outcome.changes] };
    },
  );
}

/** The scorecard an edit writes to; none for a new scorecard (a workspace-level write). */
function editTarget(edit: EditInput): { scorecard?: string } {
  if (edit.entity !== 'scorecard') return { scorecard: edit.scorecard };
  return edit.op === 'create' ? {} : { scorecard: edit.id };
}
