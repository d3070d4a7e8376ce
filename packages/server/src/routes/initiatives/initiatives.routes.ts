import { createInitiativeInput, updateInitiativeInput } from '@bearing/core';
import { deleteInitiative, getInitiative, listInitiatives } from '@bearing/db';
import { z } from 'zod';
import { authorize } from '../../plugins/auth.ts';
import {
  createInitiativeChecked,
  updateInitiativeChecked,
} from '../../services/initiative.service.ts';
import type { App, RouteDeps } from '../../types.ts';
import { commonErrors, key, scorecardParams } from '../common.schema.ts';
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

const LIST = '/api/workspaces/:ws/scorecards/:id/initiatives';
const ONE = `${LIST}/:initiative`;
const oneParams = scorecardParams.extend({ initiative: key.describe('initiative id') });
const listQuery = z.object({
  objective: key.optional().describe('only the initiatives of this objective'),
});

export function initiativeRoutes(app: App, deps: RouteDeps): void {
  const db = deps.db.db;
  const tags = ['initiatives'];

  app.get(
    LIST,
    {
      schema: {
        tags,
        summary: 'the initiatives of a scorecard',
        params: scorecardParams,
        querystring: listQuery,
        response: { 200: z.object({ initiatives: z.array(entityRecord) }), ...commonErrors },
      },
    },
    async (request) => {
      const { ws, id } = request.params;
      authorize(request.principal, 'read', { workspace: ws });
      return { initiatives: await listInitiatives(db, ws, id, request.query.objective) };
    },
  );

  app.post(
    LIST,
    {
      schema: {
        tags,
        summary: 'add an initiative to an objective',
        params: scorecardParams,
        body: createInitiativeInput,
        response: { 201: entityRecord, ...writeErrors },
      },
    },
    async (request, reply) => {
      const { ws, id } = request.params;
      authorize(request.principal, 'write', { workspace: ws });
      const created = await createInitiativeChecked(
        db,
        { workspace: ws, scorecard: id },
        request.body,
        writeContext(request, deps),
      );
      return reply.status(201).header('etag', etag(created.version)).send(created);
    },
  );

  app.get(
    ONE,
    {
      schema: {
        tags,
        summary: 'one initiative; ETag is its version',
        params: oneParams,
        response: { 200: entityRecord, ...commonErrors },
      },
    },
    async (request, reply) => {
      const { ws, id, initiative } = request.params;
      authorize(request.principal, 'read', { workspace: ws });
      const record = await getInitiative(db, ws, id, initiative);
      return reply.header('etag', etag(record.version)).send(record);
    },
  );

  app.patch(
    ONE,
    {
      schema: {
        tags,
        summary: 'change an initiative: status, progress, dates, budget… (versioned)',
        params: oneParams,
        headers: ifMatchHeaders,
        body: updateInitiativeInput,
        response: { 200: entityRecord, ...writeErrors },
      },
    },
    async (request, reply) => {
      const { ws, id, initiative } = request.params;
      authorize(request.principal, 'write', { workspace: ws });
      const { version, ...patch } = request.body;
      const updated = await updateInitiativeChecked(
        db,
        { workspace: ws, scorecard: id },
        initiative,
        expectedVersion(request.headers['if-match'], version),
        patch,
        writeContext(request, deps),
      );
      return reply.header('etag', etag(updated.version)).send(updated);
    },
  );

  app.delete(
    ONE,
    {
      schema: {
        tags,
        summary: 'delete an initiative (logged)',
        params: oneParams,
        headers: ifMatchHeaders,
        querystring: versionQuery,
        response: { 204: noContent, ...writeErrors },
      },
    },
    async (request, reply) => {
      const { ws, id, initiative } = request.params;
      authorize(request.principal, 'write', { workspace: ws });
      const expected = expectedVersion(request.headers['if-match'], request.query.version);
      await deleteInitiative(db, ws, id, initiative, writeContext(request, deps), expected);
      return reply.status(204).send(null);
    },
  );
}
