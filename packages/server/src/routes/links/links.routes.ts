import { createLinkInput, updateLinkInput } from '@bearing/core';
import { deleteLink, listLinks } from '@bearing/db';
import { z } from 'zod';
import { authorize } from '../../plugins/auth.ts';
import { createLinkChecked, updateLinkChecked } from '../../services/link.service.ts';
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

const LIST = '/api/workspaces/:ws/scorecards/:id/links';
const ONE = `${LIST}/:from/:to`;
const oneParams = scorecardParams.extend({
  from: key.describe('cause: objective id'),
  to: key.describe('effect: objective id'),
});

/** A link's key is its two ends; responses carry it as `id` ("from->to") like other entities. */
const withId = <T extends { readonly from: string; readonly to: string }>(link: T) => ({
  id: `${link.from}->${link.to}`,
  ...link,
});

export function linkRoutes(app: App, deps: RouteDeps): void {
  const db = deps.db.db;
  const tags = ['links'];

  app.get(
    LIST,
    {
      schema: {
        tags,
        summary: 'the cause-effect links of a scorecard',
        params: scorecardParams,
        response: { 200: z.object({ links: z.array(entityRecord) }), ...commonErrors },
      },
    },
    async (request) => {
      const { ws, id } = request.params;
      authorize(request.principal, 'read', { workspace: ws });
      return { links: (await listLinks(db, ws, id)).map(withId) };
    },
  );

  app.post(
    LIST,
    {
      schema: {
        tags,
        summary: 'add a link between two objectives of the scorecard',
        params: scorecardParams,
        body: createLinkInput,
        response: { 201: entityRecord, ...writeErrors },
      },
    },
    async (request, reply) => {
      const { ws, id } = request.params;
      authorize(request.principal, 'write', { workspace: ws });
      const created = await createLinkChecked(
        db,
        { workspace: ws, scorecard: id },
        request.body,
        writeContext(request, deps),
      );
      return reply.status(201).header('etag', etag(created.version)).send(withId(created));
    },
  );

  app.patch(
    ONE,
    {
      schema: {
        tags,
        summary: "change a link's hypothesis or lag (versioned)",
        params: oneParams,
        headers: ifMatchHeaders,
        body: updateLinkInput,
        response: { 200: entityRecord, ...writeErrors },
      },
    },
    async (request, reply) => {
      const { ws, id, from, to } = request.params;
      authorize(request.principal, 'write', { workspace: ws });
      const { version, ...patch } = request.body;
      const updated = await updateLinkChecked(
        db,
        { workspace: ws, scorecard: id },
        { from, to },
        expectedVersion(request.headers['if-match'], version),
        patch,
        writeContext(request, deps),
      );
      return reply.header('etag', etag(updated.version)).send(withId(updated));
    },
  );

  app.delete(
    ONE,
    {
      schema: {
        tags,
        summary: 'delete a link (logged)',
        params: oneParams,
        headers: ifMatchHeaders,
        querystring: versionQuery,
        response: { 204: noContent, ...writeErrors },
      },
    },
    async (request, reply) => {
      const { ws, id, from, to } = request.params;
      authorize(request.principal, 'write', { workspace: ws });
      const expected = expectedVersion(request.headers['if-match'], request.query.version);
      await deleteLink(db, ws, id, from, to, writeContext(request, deps), expected);
      return reply.status(204).send(null);
    },
  );
}
