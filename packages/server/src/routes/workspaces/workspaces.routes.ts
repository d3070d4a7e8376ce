import { createWorkspaceInput, updateWorkspaceInput } from '@bearing/core';
import {
  type WorkspaceRecord,
  createWorkspace,
  listWorkspaces,
  updateWorkspace,
} from '@bearing/db';
import { authorize } from '../../plugins/auth.ts';
import type { App, RouteDeps } from '../../types.ts';
import { workspaceParams } from '../common.schema.ts';
import { etag, expectedVersion, ifMatchHeaders, writeContext, writeErrors } from '../versioning.ts';
import { workspace, workspaceList } from './workspaces.schema.ts';

/** Settings (the file's `lint:` section) travel with imports and exports, not here. */
const view = (w: WorkspaceRecord) => ({
  key: w.key,
  name: w.name,
  organization: w.organization,
  version: w.version,
});

export function workspaceRoutes(app: App, deps: RouteDeps): void {
  const db = deps.db.db;

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
      const all = await listWorkspaces(db);
      // Filter through the one access check, so per-workspace rights need no change here.
      const visible = all.filter((w) => {
        try {
          authorize(request.principal, 'read', { workspace: w.key });
          return true;
        } catch {
          return false;
        }
      });
      return { workspaces: visible.map(view) };
    },
  );

  app.post(
    '/api/workspaces',
    {
      schema: {
        tags: ['workspaces'],
        summary: 'create a workspace (409 DUPLICATE_KEY when the key is taken)',
        body: createWorkspaceInput,
        response: { 201: workspace, ...writeErrors },
      },
    },
    async (request, reply) => {
      authorize(request.principal, 'write', { kind: 'system' });
      const created = await createWorkspace(db, request.body, writeContext(request, deps));
      return reply.status(201).header('etag', etag(created.version)).send(view(created));
    },
  );

  app.patch(
    '/api/workspaces/:ws',
    {
      schema: {
        tags: ['workspaces'],
        summary: 'rename a workspace or change its organization (versioned)',
        params: workspaceParams,
        headers: ifMatchHeaders,
        body: updateWorkspaceInput,
        response: { 200: workspace, ...writeErrors },
      },
    },
    async (request, reply) => {
      const { ws } = request.params;
      authorize(request.principal, 'write', { workspace: ws });
      const { version, ...patch } = request.body;
      const updated = await updateWorkspace(
        db,
        ws,
        expectedVersion(request.headers['if-match'], version),
        patch,
        writeContext(request, deps),
      );
      return reply.header('etag', etag(updated.version)).send(view(updated));
    },
  );
}
