import type { AccessAction } from '@bearing/core';
import type { Executor, WriteContext } from '@bearing/db';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { App, RouteDeps } from '../types.ts';
import { commonErrors, key, scorecardParams } from './common.schema.ts';
import {
  entityRecord,
  etag,
  expectedVersion,
  ifMatchHeaders,
  noContent,
  versionQuery,
  writeContext,
  writeErrors,
} from './versioning.ts';

/**
 * The standard REST routes of an entity that lives in a scorecard:
 *
 *   GET    …/scorecards/:id/<plural>           list (optionally `?objective=`)
 *   POST   …/scorecards/:id/<plural>           create; 201 with ETag
 *   GET    …/scorecards/:id/<plural>/:<param>  one; ETag is its version
 *   PATCH  …/scorecards/:id/<plural>/:<param>  versioned update (If-Match or `version`)
 *   DELETE …/scorecards/:id/<plural>/:<param>  versioned delete (If-Match or `?version=`); 204
 *
 * Each route declares its access action (plugins/access.ts checks it before the handler). Entities addressed differently (links) use
 * `scorecardCollectionRoutes` and register their own item routes.
 */

/** Where a write goes: the workspace and scorecard from the URL. */
type Address = { readonly workspace: string; readonly scorecard: string };
type Versioned = { readonly version: number };

const objectiveFilter = (description: string) =>
  z.object({ objective: key.optional().describe(description) });

/** The list and create routes: `…/scorecards/:id/<plural>`. */
export interface CollectionSpec<Create> {
  /** The URL segment, the OpenAPI tag and the list response's field, e.g. 'kpis'. */
  readonly plural: string;
  /** The response schema of one entity; `entityRecord` unless given. */
  readonly record?: z.ZodType;
  /** When set, the list takes `?objective=` (described by this text). */
  readonly objectiveFilter?: string;
  readonly summaries: { readonly list: string; readonly create: string };
  readonly createInput: z.ZodType<Create>;
  readonly list: (
    db: Executor,
    workspace: string,
    scorecard: string,
    objective?: string,
  ) => Promise<unknown[]>;
  readonly create: (
    db: Executor,
    address: Address,
    input: Create,
    ctx: WriteContext,
  ) => Promise<Versioned>;
}

/** The item routes: `…/scorecards/:id/<plural>/:<param>`. */
export interface ItemSpec<Update extends { readonly version?: number | undefined }> {
  readonly plural: string;
  /**
   * The access action of PATCH; 'strategy.write' unless given. An own-item action (initiative
   * progress) makes the handler check the stored item's owner and the fields changed.
   */
  readonly updateAccess?: AccessAction;
  /** Runs before `update` with the patch: the item-level check of an own-item PATCH. */
  readonly checkUpdate?: (
    request: FastifyRequest,
    db: Executor,
    address: Address,
    key: string,
    patch: Omit<Update, 'version'>,
  ) => Promise<void>;
  readonly record?: z.ZodType;
  /** The item's URL parameter, e.g. 'kpi', and its description, e.g. 'KPI id'. */
  readonly param: string;
  readonly paramDescription: string;
  /** Without `get`, there is no GET route for one entity. */
  readonly summaries: { readonly get?: string; readonly update: string; readonly delete: string };
  readonly updateInput: z.ZodType<Update>;
  readonly get?: (
    db: Executor,
    workspace: string,
    scorecard: string,
    key: string,
  ) => Promise<Versioned>;
  readonly update: (
    db: Executor,
    address: Address,
    key: string,
    expected: number,
    patch: Omit<Update, 'version'>,
    ctx: WriteContext,
  ) => Promise<Versioned>;
  readonly remove: (
    db: Executor,
    workspace: string,
    scorecard: string,
    key: string,
    ctx: WriteContext,
    expected: number,
  ) => Promise<void>;
}

export type { Address };

export type EntitySpec<
  Create,
  Update extends { readonly version?: number | undefined },
> = CollectionSpec<Create> & ItemSpec<Update>;

const collectionPath = (plural: string) => `/api/workspaces/:ws/scorecards/:id/${plural}`;

/** GET list and POST create of an entity in a scorecard. */
export function scorecardCollectionRoutes<Create>(
  app: App,
  deps: RouteDeps,
  spec: CollectionSpec<Create>,
): void {
  const db = deps.db.db;
  const tags = [spec.plural];
  const record = spec.record ?? entityRecord;
  const listQuery =
    spec.objectiveFilter === undefined ? undefined : objectiveFilter(spec.objectiveFilter);

  app.get(
    collectionPath(spec.plural),
    {
      config: { access: 'read' },
      schema: {
        tags,
        summary: spec.summaries.list,
        params: scorecardParams,
        // A present-but-undefined key makes Fastify warn (FSTWRN001) at every start.
        ...(listQuery ? { querystring: listQuery } : {}),
        response: { 200: z.object({ [spec.plural]: z.array(record) }), ...commonErrors },
      },
    },
    async (request) => {
      const { ws, id } = request.params;
      // Already validated; parsed again only to get it typed when the filter exists.
      const objective = listQuery?.parse(request.query).objective;
      return { [spec.plural]: await spec.list(db, ws, id, objective) };
    },
  );

  app.post(
    collectionPath(spec.plural),
    {
      config: { access: 'strategy.write' },
      schema: {
        tags,
        summary: spec.summaries.create,
        params: scorecardParams,
        body: spec.createInput,
        response: { 201: record, ...writeErrors },
      },
    },
    async (request, reply) => {
      const { ws, id } = request.params;
      const created = await spec.create(
        db,
        { workspace: ws, scorecard: id },
        // Validated by `spec.createInput`, a `z.ZodType<Create>`.
        request.body as Create,
        writeContext(request, deps),
      );
      return reply.status(201).header('etag', etag(created.version)).send(created);
    },
  );
}

/** GET one, PATCH (versioned) and DELETE (versioned) of an entity in a scorecard. */
export function scorecardItemRoutes<Update extends { readonly version?: number | undefined }>(
  app: App,
  deps: RouteDeps,
  spec: ItemSpec<Update>,
): void {
  const db = deps.db.db;
  const tags = [spec.plural];
  const record = spec.record ?? entityRecord;
  const path = `${collectionPath(spec.plural)}/:${spec.param}`;
  const params = z.object({
    ...scorecardParams.shape,
    [spec.param]: key.describe(spec.paramDescription),
  });
  /** The item's key from the params `params` has validated (so it is there). */
  const keyOf = (p: Record<string, string>): string => p[spec.param] ?? '';

  const { get } = spec;
  if (get !== undefined) {
    app.get(
      path,
      {
        config: { access: 'read' },
        schema: {
          tags,
          summary: spec.summaries.get,
          params,
          response: { 200: record, ...commonErrors },
        },
      },
      async (request, reply) => {
        const { ws, id } = request.params;
        const found = await get(db, ws, id, keyOf(request.params));
        return reply.header('etag', etag(found.version)).send(found);
      },
    );
  }

  app.patch(
    path,
    {
      config: { access: spec.updateAccess ?? 'strategy.write' },
      schema: {
        tags,
        summary: spec.summaries.update,
        params,
        headers: ifMatchHeaders,
        body: spec.updateInput,
        response: { 200: record, ...writeErrors },
      },
    },
    async (request, reply) => {
      const { ws, id } = request.params;
      // Validated by `spec.updateInput`, a `z.ZodType<Update>`.
      const { version, ...patch } = request.body as Update;
      const address = { workspace: ws, scorecard: id };
      await spec.checkUpdate?.(request, db, address, keyOf(request.params), patch);
      const updated = await spec.update(
        db,
        address,
        keyOf(request.params),
        expectedVersion(request.headers['if-match'], version),
        patch,
        writeContext(request, deps),
      );
      return reply.header('etag', etag(updated.version)).send(updated);
    },
  );

  app.delete(
    path,
    {
      config: { access: 'strategy.write' },
      schema: {
        tags,
        summary: spec.summaries.delete,
        params,
        headers: ifMatchHeaders,
        querystring: versionQuery,
        response: { 204: noContent, ...writeErrors },
      },
    },
    async (request, reply) => {
      const { ws, id } = request.params;
      const expected = expectedVersion(request.headers['if-match'], request.query.version);
      await spec.remove(db, ws, id, keyOf(request.params), writeContext(request, deps), expected);
      return reply.status(204).send(null);
    },
  );
}

/** All five standard routes of an entity in a scorecard (in the order the OpenAPI lists them). */
export function scorecardEntityRoutes<
  Create,
  Update extends { readonly version?: number | undefined },
>(app: App, deps: RouteDeps, spec: EntitySpec<Create, Update>): void {
  scorecardCollectionRoutes(app, deps, spec);
  scorecardItemRoutes(app, deps, spec);
}
