import { createLinkInput, updateLinkInput } from '@bearing/core';
import { deleteLink, listLinks } from '@bearing/db';
import { createLinkChecked, updateLinkChecked } from '../../services/link.service.ts';
import type { App, RouteDeps } from '../../types.ts';
import { key, scorecardParams } from '../common.schema.ts';
import { scorecardCollectionRoutes } from '../entity-routes.ts';
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

/**
 * A link is addressed by its two ends ({from}/{to}), so only its list and create routes are the
 * standard ones; PATCH and DELETE are its own.
 */
export function linkRoutes(app: App, deps: RouteDeps): void {
  const db = deps.db.db;
  const tags = ['links'];

  scorecardCollectionRoutes(app, deps, {
    plural: 'links',
    summaries: {
      list: 'the cause-effect links of a scorecard',
      create: 'add a link between two objectives of the scorecard',
    },
    createInput: createLinkInput,
    list: async (executor, ws, scorecard) => (await listLinks(executor, ws, scorecard)).map(withId),
    create: async (executor, address, input, ctx) =>
      withId(await createLinkChecked(executor, address, input, ctx)),
  });

  app.patch(
    ONE,
    {
      config: { access: 'strategy.write' },
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
      config: { access: 'strategy.write' },
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
      const expected = expectedVersion(request.headers['if-match'], request.query.version);
      await deleteLink(db, ws, id, from, to, writeContext(request, deps), expected);
      return reply.status(204).send(null);
    },
  );
}
