import { createObjectiveInput, updateObjectiveInput } from '@bearing/core';
import { deleteObjective, getObjective, listObjectives } from '@bearing/db';
import { authorize } from '../../plugins/auth.ts';
import {
  createObjectiveChecked,
  updateObjectiveChecked,
} from '../../services/objective.service.ts';
import type { App, RouteDeps } from '../../types.ts';
import { commonErrors } from '../common.schema.ts';
import {
  etag,
  expectedVersion,
  ifMatchHeaders,
  noContent,
  versionQuery,
  writeContext,
  writeErrors,
} from '../versioning.ts';
import {
  objectiveList,
  objectiveParams,
  objectiveRecord,
  objectivesParams,
} from './objectives.schema.ts';

const LIST = '/api/workspaces/:ws/scorecards/:id/objectives';
const ONE = `${LIST}/:objective`;

export function objectiveRoutes(app: App, deps: RouteDeps): void {
  const db = deps.db.db;
  const tags = ['objectives'];

  app.get(
    LIST,
    {
      schema: {
        tags,
        summary: 'the objectives of a scorecard, in file order (without KPIs and initiatives)',
        params: objectivesParams,
        response: { 200: objectiveList, ...commonErrors },
      },
    },
    async (request) => {
      const { ws, id } = request.params;
      authorize(request.principal, 'read', { workspace: ws });
      return { objectives: await listObjectives(db, ws, id) };
    },
  );

  app.post(
    LIST,
    {
      schema: {
        tags,
        summary: 'add an objective (as the strategy file writes one); references are checked',
        params: objectivesParams,
        body: createObjectiveInput,
        response: { 201: objectiveRecord, ...writeErrors },
      },
    },
    async (request, reply) => {
      const { ws, id } = request.params;
      authorize(request.principal, 'write', { workspace: ws });
      const created = await createObjectiveChecked(
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
    ONE,
    {
      schema: {
        tags,
        summary: 'change or move an objective; stale versions get 409 with the current state',
        params: objectiveParams,
        headers: ifMatchHeaders,
        body: updateObjectiveInput,
        response: { 200: objectiveRecord, ...writeErrors },
      },
    },
    async (request, reply) => {
      const { ws, id, objective } = request.params;
      authorize(request.principal, 'write', { workspace: ws });
      const { version, ...patch } = request.body;
      const expected = expectedVersion(request.headers['if-match'], version);
      const updated = await updateObjectiveChecked(
        db,
        { workspace: ws, scorecard: id },
        objective,
        expected,
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
        summary: 'delete an objective with its KPIs, values, initiatives and links (logged)',
        params: objectiveParams,
        headers: ifMatchHeaders,
        querystring: versionQuery,
        response: { 204: noContent, ...writeErrors },
      },
    },
    async (request, reply) => {
      const { ws, id, objective } = request.params;
      authorize(request.principal, 'write', { workspace: ws });
      const expected = expectedVersion(request.headers['if-match'], request.query.version);
      await deleteObjective(db, ws, id, objective, writeContext(request, deps), expected);
      return reply.status(204).send(null);
    },
  );
}
