import { getObjective, updateObjective } from '@bearing/db';
import { ApiError } from '../../errors.ts';
import { authorize } from '../../plugins/auth.ts';
import type { App, RouteDeps } from '../../types.ts';
import { commonErrors, errorBody } from '../common.schema.ts';
import {
  objectiveHeaders,
  objectiveParams,
  objectivePatch,
  objectiveRecord,
} from './objectives.schema.ts';

const URL = '/api/workspaces/:ws/scorecards/:id/objectives/:objective';

/** Versions travel as ETags, so HTTP caches and `If-Match` work without custom headers. */
const etag = (version: number) => `"${version}"`;

export function objectiveRoutes(app: App, deps: RouteDeps): void {
  const db = deps.db.db;

  app.get(
    URL,
    {
      schema: {
        tags: ['objectives'],
        summary: 'one objective (without KPIs and initiatives); ETag is its version',
        params: objectiveParams,
        response: { 200: objectiveRecord, ...commonErrors },
      },
    },
    async (request, reply) => {
      const { ws, id, objective } = request.params;
      authorize(request.principal, 'read', { workspace: ws });
      const record = await getObjective(db, ws, id, objective);
      return reply.header('etag', etag(record.version)).send(record);
    },
  );

  app.patch(
    URL,
    {
      schema: {
        tags: ['objectives'],
        summary: 'change an objective; stale versions get 409 with the current state',
        params: objectiveParams,
        headers: objectiveHeaders,
        body: objectivePatch,
        response: {
          200: objectiveRecord,
          ...commonErrors,
          409: errorBody.describe('CONFLICT: `error.current` is the objective as it is now'),
        },
      },
    },
    async (request, reply) => {
      const { ws, id, objective } = request.params;
      authorize(request.principal, 'write', { workspace: ws });
      const { version, ...patch } = request.body;
      const expected = expectedVersion(request.headers['if-match'], version);
      const updated = await updateObjective(db, ws, id, objective, expected, patch, {
        actor: request.principal.name,
        now: deps.now(),
      });
      return reply.header('etag', etag(updated.version)).send(updated);
    },
  );
}

/** If-Match or the body's `version`; both must agree; one is required (no blind overwrites). */
function expectedVersion(ifMatch: string | undefined, version: number | undefined): number {
  const fromHeader = ifMatch === undefined ? undefined : Number(ifMatch.replace(/\D/g, ''));
  if (fromHeader !== undefined && version !== undefined && fromHeader !== version) {
    throw new ApiError(
      'VALIDATION',
      `If-Match says version ${fromHeader} but the body says ${version}`,
      'body.version',
    );
  }
  const expected = fromHeader ?? version;
  if (expected === undefined) {
    throw new ApiError(
      'VALIDATION',
      'say which version you are changing: send If-Match: "<version>" or a `version` field',
      'headers.if-match',
    );
  }
  return expected;
}
