import { listChanges } from '@bearing/db';
import { revertBatch, revertWorkspaceChange } from '../../services/change.service.ts';
import type { App, RouteDeps } from '../../types.ts';
import { commonErrors, errorBody, workspaceParams } from '../common.schema.ts';
import { writeContext } from '../versioning.ts';
import {
  batchRevertParams,
  batchRevertResponse,
  changeList,
  changesQuery,
  revertParams,
  revertResponse,
} from './changes.schema.ts';

export function changeRoutes(app: App, deps: RouteDeps): void {
  const db = deps.db.db;

  app.get(
    '/api/workspaces/:ws/changes',
    {
      config: { access: 'read' },
      schema: {
        tags: ['changes'],
        summary: 'the change log of a workspace, oldest first',
        params: workspaceParams,
        querystring: changesQuery,
        response: { 200: changeList, ...commonErrors },
      },
    },
    async (request) => {
      const { ws } = request.params;
      const { entity, scorecard, since, batch, limit } = request.query;
      const changes = await listChanges(db, ws, {
        limit,
        ...(entity === undefined ? {} : { entityType: entity }),
        ...(scorecard === undefined ? {} : { scorecard }),
        ...(since === undefined ? {} : { since }),
        ...(batch === undefined ? {} : { batch }),
      });
      return { changes };
    },
  );

  app.post(
    '/api/workspaces/:ws/changes/:changeId/revert',
    {
      config: { access: 'strategy.write' },
      schema: {
        tags: ['changes'],
        summary: 'undo one change by restoring its before state (logged, so it can be undone)',
        params: revertParams,
        response: { 200: revertResponse, ...commonErrors, 409: errorBody, 422: errorBody },
      },
    },
    async (request) => {
      const { ws, changeId } = request.params;
      const outcome = await revertWorkspaceChange(db, ws, changeId, writeContext(request, deps));
      return { reverted: changeId, batch: outcome.batch, changes: [...outcome.changes] };
    },
  );

  app.post(
    '/api/workspaces/:ws/batches/:batch/revert',
    {
      config: { access: 'strategy.write' },
      schema: {
        tags: ['changes'],
        summary: 'undo every change of one edit batch, as one new batch (all or nothing)',
        params: batchRevertParams,
        response: { 200: batchRevertResponse, ...commonErrors, 409: errorBody, 422: errorBody },
      },
    },
    async (request) => {
      const { ws, batch } = request.params;
      const outcome = await revertBatch(db, ws, batch, writeContext(request, deps));
      return { reverted: batch, batch: outcome.batch, changes: [...outcome.changes] };
    },
  );
}
