import { editBatchInput, editBatchResponse } from '@bearing/core';
import { authorize } from '../../plugins/auth.ts';
import { applyEdits } from '../../services/edits/apply-edits.service.ts';
import type { App, RouteDeps } from '../../types.ts';
import { workspaceParams } from '../common.schema.ts';
import { writeContext, writeErrors } from '../versioning.ts';

export function editRoutes(app: App, deps: RouteDeps): void {
  const db = deps.db.db;

  app.post(
    '/api/workspaces/:ws/edits',
    {
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
      authorize(request.principal, 'write', { workspace: ws });
      const ctx = writeContext(request, deps);
      const outcome = await db
        .transaction()
        .execute((trx) => applyEdits(trx, ws, request.body.edits, ctx));
      return { batch: outcome.batch, changes: [...outcome.changes] };
    },
  );
}
