import { createKpiInput, updateKpiInput } from '@bearing/core';
import { deleteKpi, getKpi, listKpis } from '@bearing/db';
import { z } from 'zod';
import { authorize } from '../../plugins/auth.ts';
import { createKpiChecked, updateKpiChecked } from '../../services/kpi.service.ts';
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

const LIST = '/api/workspaces/:ws/scorecards/:id/kpis';
const ONE = `${LIST}/:kpi`;
const oneParams = scorecardParams.extend({ kpi: key.describe('KPI id') });
const listQuery = z.object({
  objective: key.optional().describe('only the KPIs of this objective'),
});

export function kpiRoutes(app: App, deps: RouteDeps): void {
  const db = deps.db.db;
  const tags = ['kpis'];

  app.get(
    LIST,
    {
      schema: {
        tags,
        summary: 'the KPI definitions of a scorecard (values: …/kpis/{kpi}/values)',
        params: scorecardParams,
        querystring: listQuery,
        response: { 200: z.object({ kpis: z.array(entityRecord) }), ...commonErrors },
      },
    },
    async (request) => {
      const { ws, id } = request.params;
      authorize(request.principal, 'read', { workspace: ws });
      return { kpis: await listKpis(db, ws, id, request.query.objective) };
    },
  );

  app.post(
    LIST,
    {
      schema: {
        tags,
        summary: 'add a KPI to an objective; its scale must be scorable (422 INVALID_SCALE)',
        params: scorecardParams,
        body: createKpiInput,
        response: { 201: entityRecord, ...writeErrors },
      },
    },
    async (request, reply) => {
      const { ws, id } = request.params;
      authorize(request.principal, 'write', { workspace: ws });
      const created = await createKpiChecked(
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
        summary: 'one KPI definition; ETag is its version',
        params: oneParams,
        response: { 200: entityRecord, ...commonErrors },
      },
    },
    async (request, reply) => {
      const { ws, id, kpi } = request.params;
      authorize(request.principal, 'read', { workspace: ws });
      const record = await getKpi(db, ws, id, kpi);
      return reply.header('etag', etag(record.version)).send(record);
    },
  );

  app.patch(
    ONE,
    {
      schema: {
        tags,
        summary: 'change a KPI definition (versioned); the scale must stay scorable',
        params: oneParams,
        headers: ifMatchHeaders,
        body: updateKpiInput,
        response: { 200: entityRecord, ...writeErrors },
      },
    },
    async (request, reply) => {
      const { ws, id, kpi } = request.params;
      authorize(request.principal, 'write', { workspace: ws });
      const { version, ...patch } = request.body;
      const updated = await updateKpiChecked(
        db,
        { workspace: ws, scorecard: id },
        kpi,
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
        summary: 'delete a KPI with its values (logged, so a revert restores them)',
        params: oneParams,
        headers: ifMatchHeaders,
        querystring: versionQuery,
        response: { 204: noContent, ...writeErrors },
      },
    },
    async (request, reply) => {
      const { ws, id, kpi } = request.params;
      authorize(request.principal, 'write', { workspace: ws });
      const expected = expectedVersion(request.headers['if-match'], request.query.version);
      await deleteKpi(db, ws, id, kpi, writeContext(request, deps), expected);
      return reply.status(204).send(null);
    },
  );
}
