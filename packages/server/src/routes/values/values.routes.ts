import { upsertValues } from '@bearing/db';
import { authorize } from '../../plugins/auth.ts';
import { writeValue } from '../../services/value.service.ts';
import type { App, RouteDeps } from '../../types.ts';
import { commonErrors, errorBody, scorecardParams } from '../common.schema.ts';
import { bulkBody, upsertResult, valueBody, valueParams, valueRecord } from './values.schema.ts';

export function valueRoutes(app: App, deps: RouteDeps): void {
  const db = deps.db.db;

  app.put(
    '/api/workspaces/:ws/scorecards/:id/kpis/:kpi/values/:period',
    {
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
      authorize(request.principal, 'write', { workspace: ws });
      const { value, comment, version } = request.body;
      const { created, stored } = await writeValue(
        db,
        { workspace: ws, scorecard: id, kpi },
        period,
        { value, comment, version },
        { actor: request.principal.name, now: deps.now() },
      );
      return reply.status(created ? 201 : 200).send(stored);
    },
  );

  app.put(
    '/api/workspaces/:ws/scorecards/:id/values',
    {
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
      authorize(request.principal, 'write', { workspace: ws });
      return upsertValues(db, ws, id, request.body.values, {
        actor: request.principal.name,
        now: deps.now(),
      });
    },
  );
}
