import { listValues, upsertValues } from '@bearing/db';
import { assertValueWrites } from '../../services/value-checks.ts';
import { deleteValueChecked, writeValue } from '../../services/value.service.ts';
import type { App, RouteDeps } from '../../types.ts';
import { assertOwnKpis } from './value-owners.ts';
import { commonErrors, errorBody, scorecardParams } from '../common.schema.ts';
import {
  ifMatchHeaders,
  noContent,
  optionalVersion,
  versionQuery,
  writeContext,
  writeErrors,
} from '../versioning.ts';
import {
  bulkBody,
  kpiValuesParams,
  upsertResult,
  valueBody,
  valueList,
  valueParams,
  valueRecord,
  valuesQuery,
} from './values.schema.ts';

export function valueRoutes(app: App, deps: RouteDeps): void {
  const db = deps.db.db;

  app.put(
    '/api/workspaces/:ws/scorecards/:id/kpis/:kpi/values/:period',
    {
      config: { access: 'values.write' },
      schema: {
        tags: ['values'],
        summary: 'write one KPI value (201 when new); a stale version gets 409',
        params: valueParams,
        body: valueBody,
        response: {
          200: valueRecord,
          201: valueRecord,
          ...commonErrors,
          409: errorBody.describe('CONFLICT: `error.current` is the value as stored now'),
        },
      },
    },
    async (request, reply) => {
      const { ws, id, kpi, period } = request.params;
      const { value, comment, version } = request.body;
      await assertOwnKpis(request, db, ws, id, [kpi]);
      await assertValueWrites(db, ws, id, [{ kpi, value, path: 'body.value' }]);
      const { created, stored } = await writeValue(
        db,
        { workspace: ws, scorecard: id, kpi },
        period,
        { value, comment, version },
        writeContext(request, deps),
      );
      return reply.status(created ? 201 : 200).send(stored);
    },
  );

  app.put(
    '/api/workspaces/:ws/scorecards/:id/values',
    {
      config: { access: 'values.write' },
      schema: {
        tags: ['values'],
        summary: 'write many KPI values in one transaction (idempotent)',
        params: scorecardParams,
        body: bulkBody,
        response: { 200: upsertResult, ...commonErrors },
      },
    },
    async (request) => {
      const { ws, id } = request.params;
      await assertOwnKpis(
        request,
        db,
        ws,
        id,
        request.body.values.map((v) => v.kpi),
      );
      await assertValueWrites(
        db,
        ws,
        id,
        request.body.values.map((v, i) => ({
          kpi: v.kpi,
          value: v.value,
          path: `body.values.${i}.value`,
        })),
      );
      return upsertValues(db, ws, id, request.body.values, writeContext(request, deps));
    },
  );

  app.get(
    '/api/workspaces/:ws/scorecards/:id/kpis/:kpi/values',
    {
      config: { access: 'read' },
      schema: {
        tags: ['values'],
        summary: 'the stored values of a KPI, oldest first, optionally within from..to',
        params: kpiValuesParams,
        querystring: valuesQuery,
        response: { 200: valueList, ...commonErrors },
      },
    },
    async (request) => {
      const { ws, id, kpi } = request.params;
      const { from, to } = request.query;
      const range = { ...(from && { from: from.key }), ...(to && { to: to.key }) };
      return { values: await listValues(db, ws, id, kpi, range) };
    },
  );

  app.delete(
    '/api/workspaces/:ws/scorecards/:id/kpis/:kpi/values/:period',
    {
      config: { access: 'values.write' },
      schema: {
        tags: ['values'],
        summary: 'delete one value (logged); If-Match or ?version guards it, optionally',
        params: valueParams,
        headers: ifMatchHeaders,
        querystring: versionQuery,
        response: { 204: noContent, ...writeErrors },
      },
    },
    async (request, reply) => {
      const { ws, id, kpi, period } = request.params;
      await assertOwnKpis(request, db, ws, id, [kpi]);
      await deleteValueChecked(
        db,
        { workspace: ws, scorecard: id, kpi },
        period,
        optionalVersion(request.headers['if-match'], request.query.version),
        writeContext(request, deps),
      );
      return reply.status(204).send(null);
    },
  );
}
