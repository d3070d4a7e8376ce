import {
  RULE_IDS,
  closest,
  decideAccess,
  createWorkspaceInput,
  isRuleId,
  updateWorkspaceInput,
} from '@bearing/core';
import {
  type Executor,
  type WorkspaceRecord,
  createWorkspace,
  getWorkspace,
  listWorkspaces,
  updateWorkspace,
} from '@bearing/db';
import { ApiError } from '../../errors.ts';
import { principalOf } from '../../plugins/access.ts';
import type { App, RouteDeps } from '../../types.ts';
import { workspaceParams } from '../common.schema.ts';
import { etag, expectedVersion, ifMatchHeaders, writeContext, writeErrors } from '../versioning.ts';
import { workspace, workspaceList } from './workspaces.schema.ts';

/** The workspace's lint settings are the strategy file's `lint:` section, kept with it. */
const view = (w: WorkspaceRecord) => ({
  key: w.key,
  name: w.name,
  organization: w.organization,
  version: w.version,
  lint: w.settings['lint'] ?? null,
});

export function workspaceRoutes(app: App, deps: RouteDeps): void {
  const db = deps.db.db;

  app.get(
    '/api/workspaces',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['workspaces'],
        summary: 'the workspaces this principal can see',
        response: { 200: workspaceList },
      },
    },
    async (request) => {
      const all = await listWorkspaces(db);
      // Through the one access rule: a workspace someone is not a member of does not exist.
      const principal = principalOf(request);
      const visible = all.filter(
        (w) => decideAccess(principal, 'read', { workspace: w.key }).allowed,
      );
      return { workspaces: visible.map(view) };
    },
  );

  app.post(
    '/api/workspaces',
    {
      config: { access: 'instance.admin' },
      schema: {
        tags: ['workspaces'],
        summary: 'create a workspace (409 DUPLICATE_KEY when the key is taken)',
        body: createWorkspaceInput,
        response: { 201: workspace, ...writeErrors },
      },
    },
    async (request, reply) => {
      const created = await createWorkspace(db, request.body, writeContext(request, deps));
      return reply.status(201).header('etag', etag(created.version)).send(view(created));
    },
  );

  app.patch(
    '/api/workspaces/:ws',
    {
      config: { access: 'workspace.admin' },
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
      const { version, lint, ...patch } = request.body;
      const expected = expectedVersion(request.headers['if-match'], version);
      const settings = lint === undefined ? {} : { settings: await withLint(db, ws, lint) };
      const updated = await updateWorkspace(
        db,
        ws,
        expected,
        { ...patch, ...settings },
        writeContext(request, deps),
      );
      return reply.header('etag', etag(updated.version)).send(view(updated));
    },
  );
}

/**
 * The workspace's settings with `lint` replaced (or removed). Unknown rule ids are refused with a
 * did-you-mean, as in a strategy file. Read-then-write is safe: the update checks the version.
 */
async function withLint(
  db: Executor,
  ws: string,
  lint: { rules?: Readonly<Record<string, unknown>> } | null,
): Promise<Record<string, unknown>> {
  for (const id of Object.keys(lint?.rules ?? {})) {
    if (!isRuleId(id)) {
      const guess = closest(id, RULE_IDS);
      throw new ApiError(
        'VALIDATION',
        `no lint rule "${id}"${guess === null ? '' : `; did you mean "${guess}"?`}`,
        `body.lint.rules.${id}`,
      );
    }
  }
  const { settings } = await getWorkspace(db, ws);
  const rest = Object.fromEntries(Object.entries(settings).filter(([key]) => key !== 'lint'));
  return lint === null ? rest : { ...rest, lint: { rules: lint.rules ?? {} } };
}
