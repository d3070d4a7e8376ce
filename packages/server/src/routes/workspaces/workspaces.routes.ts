import { listWorkspaces } from '@bearing/db';
import { authorize } from '../../plugins/auth.ts';
import type { App, RouteDeps } from '../../types.ts';
import { workspaceList } from './workspaces.schema.ts';

export function workspaceRoutes(app: App, deps: RouteDeps): void {
  app.get(
    '/api/workspaces',
    {
      schema: {
        tags: ['workspaces'],
        summary: 'the workspaces this principal can see',
        response: { 200: workspaceList },
      },
    },
    async (request) => {
      const all = await listWorkspaces(deps.db.db);
      // Filter through the one access check, so per-workspace rights need no change here.
      const visible = all.filter((w) => {
        try {
          authorize(request.principal, 'read', { workspace: w.key });
          return true;
        } catch {
          return false;
        }
      });
      return {
        workspaces: visible.map((w) => ({
          key: w.key,
          name: w.name,
          organization: w.organization,
          version: w.version,
        })),
      };
    },
  );
}
