import { listChanges } from '@bearing/db';
import { authorize } from '../../plugins/auth.ts';
import { revertWorkspaceChange } from '../../services/change.service.ts';
import type { App, RouteDeps } from '../../types.ts';
import { commonErrors, errorBody, workspaceParams } from '../common.schema.ts';
import { changeList, changesQuery, revertParams, revertResponse } from './changes.schema.ts';

export function changeRoutes(app: App, deps: RouteDeps): void {
  const db = deps.db.db;

  app.get(
    '/api/workspaces/:ws/changes',
    {
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
      authorize(request.principal, 'read', { workspace: ws });
      const { entity, scorecard, since, limit } = request.query;
      const changes = await listChanges(db, ws, {
        limit,
        ...(entity === undefined ? {} : { entityType: entity }),
        ...(scorecard === undefined ? {} : { scorecard }),
        ...(since === undefined ? {} : { since }),
      });
      return { changes };
    },
  );

  app.post(
    '/api/workspaces/:ws/changes/:changeId/revert',
    {
      schema: {
        tags: ['changes'],
        summary: 'undo one change by restoring its before state (logged, so it can be undone)',
        params: revertParams,
        response: { 200: revertResponse, ...commonErrors, 409: errorBody },
      },
    },
    async (request) => {
      const { ws, changeId } = request.params;
      authorize(request.principal, 'write', { workspace: ws });
      await revertWorkspaceChange(db, ws, changeId, {
        actor: request.principal.name,
        now: deps.now(),
      });
      return { reverted: changeId };
    },
  );
}
