import { createPerspectiveInput, updatePerspectiveInput } from '@bearing/core';
import { deletePerspective, listPerspectives } from '@bearing/db';
import { z } from 'zod';
import { authorize } from '../../plugins/auth.ts';
import {
  createPerspectiveChecked,
  updatePerspectiveChecked,
} from '../../services/perspective.service.ts';
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

const LIST = '/api/workspaces/:ws/scorecards/:id/perspectives';
const ONE = `${LIST}/:perspective`;
const oneParams = scorecardParams.extend({ perspective: key.describe('perspective id') });

export function perspectiveRoutes(app: App, deps: RouteDeps): void {
  const db = deps.db.db;
  const tags = ['perspectives'];

  app.get(
    LIST,
    {
      schema: {
        tags,
        summary: 'the perspectives of a scorecard, top to bottom',
        params: scorecardParams,
        response: { 200: z.object({ perspectives: z.array(entityRecord) }), ...commonErrors },
      },
    },
    async (request) => {
      const { ws, id } = request.params;
      authorize(request.principal, 'read', { workspace: ws });
      return { perspectives: await listPerspectives(db, ws, id) };
    },
  );

  app.post(
    LIST,
    {
      schema: {
        tags,
        summary: 'add a perspective at the bottom (at most 8 per scorecard)',
        params: scorecardParams,
        body: createPerspectiveInput,
        response: { 201: entityRecord, ...writeErrors },
      },
    },
    async (request, reply) => {
      const { ws, id } = request.params;
      authorize(request.principal, 'write', { workspace: ws });
      const created = await createPerspectiveChecked(
        db,
        { workspace: ws, scorecard: id },
        request.body,
        writeContext(request, deps),
      );
      return reply.status(201).header('etag', etag(created.version)).send(created);
    },
  );

  app.patch(
    ONE,
    {
      schema: {
        tags,
        summary: 'rename or re-weight a perspective (versioned)',
        params: oneParams,
        headers: ifMatchHeaders,
        body: updatePerspectiveInput,
        response: { 200: entityRecord, ...writeErrors },
      },
    },
    async (request, reply) => {
      const { ws, id, perspective } = request.params;
      authorize(request.principal, 'write', { workspace: ws });
      const { version, ...patch } = request.body;
      const updated = await updatePerspectiveChecked(
        db,
        { workspace: ws, scorecard: id },
        perspective,
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
        summary: 'delete an empty perspective (409 IN_USE while objectives sit in it)',
        params: oneParams,
        headers: ifMatchHeaders,
        querystring: versionQuery,
        response: { 204: noContent, ...writeErrors },
      },
    },
    async (request, reply) => {
      const { ws, id, perspective } = request.params;
      authorize(request.principal, 'write', { workspace: ws });
      const expected = expectedVersion(request.headers['if-match'], request.query.version);
      await deletePerspective(db, ws, id, perspective, writeContext(request, deps), expected);
      return reply.status(204).send(null);
    },
  );
}
