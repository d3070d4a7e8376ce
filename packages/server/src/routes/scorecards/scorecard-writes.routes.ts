import { createScorecardInput, updateScorecardInput } from '@bearing/core';
import { deleteScorecard } from '@bearing/db';
import {
  createScorecardChecked,
  updateScorecardChecked,
} from '../../services/scorecard.service.ts';
import type { App, RouteDeps } from '../../types.ts';
import { scorecardParams, workspaceParams } from '../common.schema.ts';
import {
  entityRecord,
  etag,
  expectedVersion,
  ifMatchHeaders,
  noContent,
  versionQuery,
  writeContext,
  writeErrors,
} from '../versioning.ts';

/** Create, change and delete scorecards; reads are in scorecards.routes.ts. */
export function scorecardWriteRoutes(app: App, deps: RouteDeps): void {
  const db = deps.db.db;
  const tags = ['scorecards'];

  app.post(
    '/api/workspaces/:ws/scorecards',
    {
      config: { access: 'strategy.write' },
      schema: {
        tags,
        summary: 'add a scorecard, written as in the strategy file (it may hold objectives…)',
        params: workspaceParams,
        body: createScorecardInput,
        response: { 201: entityRecord, ...writeErrors },
      },
    },
    async (request, reply) => {
      const { ws } = request.params;
      const created = await createScorecardChecked(
        db,
        ws,
        request.body,
        writeContext(request, deps),
      );
      return reply.status(201).header('etag', etag(created.version)).send(created);
    },
  );

  app.patch(
    '/api/workspaces/:ws/scorecards/:id',
    {
      config: { access: 'strategy.write' },
      schema: {
        tags,
        summary: "change a scorecard's name, description, owner or thresholds (versioned)",
        params: scorecardParams,
        headers: ifMatchHeaders,
        body: updateScorecardInput,
        response: { 200: entityRecord, ...writeErrors },
      },
    },
    async (request, reply) => {
      const { ws, id } = request.params;
      const { version, ...patch } = request.body;
      const updated = await updateScorecardChecked(
        db,
        ws,
        id,
        expectedVersion(request.headers['if-match'], version),
        patch,
        writeContext(request, deps),
      );
      return reply.header('etag', etag(updated.version)).send(updated);
    },
  );

  app.delete(
    '/api/workspaces/:ws/scorecards/:id',
    {
      config: { access: 'strategy.write' },
      schema: {
        tags,
        summary: 'delete a scorecard and everything under it (logged; a revert restores it)',
        params: scorecardParams,
        headers: ifMatchHeaders,
        querystring: versionQuery,
        response: { 204: noContent, ...writeErrors },
      },
    },
    async (request, reply) => {
      const { ws, id } = request.params;
      const expected = expectedVersion(request.headers['if-match'], request.query.version);
      await deleteScorecard(db, ws, id, writeContext(request, deps), expected);
      return reply.status(204).send(null);
    },
  );
}
