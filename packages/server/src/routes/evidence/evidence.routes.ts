import { evidenceReportSchema, linkSeriesSchema } from '@bearing/core';
import { z } from 'zod';
import { evidenceOf, linkSeriesOf } from '../../services/evidence.service.ts';
import type { App, RouteDeps } from '../../types.ts';
import { commonErrors, errorBody, key, period, scorecardParams } from '../common.schema.ts';

const evidenceQuery = z.object({
  to: period
    .optional()
    .describe('test the history up to this period; default: the latest with a value'),
});

export function evidenceRoutes(app: App, deps: RouteDeps): void {
  const db = deps.db.db;

  app.get(
    '/api/workspaces/:ws/scorecards/:id/evidence',
    {
      config: { access: 'read' },
      schema: {
        tags: ['scores'],
        summary:
          'each cause-effect link tested against the KPI history: verdict, lag, p-values, reason',
        params: scorecardParams,
        querystring: evidenceQuery,
        response: {
          200: evidenceReportSchema,
          ...commonErrors,
          422: errorBody.describe('NO_DATA: no values, pass ?to'),
        },
      },
    },
    async (request) => {
      const { ws, id } = request.params;
      return evidenceOf(db, ws, id, request.query.to);
    },
  );

  app.get(
    '/api/workspaces/:ws/scorecards/:id/evidence/:from/:to',
    {
      config: { access: 'read' },
      schema: {
        tags: ['scores'],
        summary:
          "the two score series behind one link's evidence, up to ?to (the link panel's chart)",
        params: scorecardParams.extend({
          from: key.describe('the cause objective'),
          to: key.describe('the effect objective'),
        }),
        querystring: evidenceQuery,
        response: { 200: linkSeriesSchema, ...commonErrors, 422: errorBody.describe('NO_DATA') },
      },
    },
    async (request) => {
      const { ws, id, from, to } = request.params;
      return linkSeriesOf(db, ws, id, { from, to }, request.query.to);
    },
  );
}
