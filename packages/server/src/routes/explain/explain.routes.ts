import { explainKpi } from '../../services/explain.service.ts';
import type { App, RouteDeps } from '../../types.ts';
import { commonErrors, errorBody } from '../common.schema.ts';
import { explainParams, explainQuery, kpiExplanation } from './explain.schema.ts';

export function explainRoutes(app: App, deps: RouteDeps): void {
  const db = deps.db.db;

  app.get(
    '/api/workspaces/:ws/scorecards/:id/kpis/:kpi/explain',
    {
      config: { access: 'read' },
      schema: {
        tags: ['scores'],
        summary: 'why a KPI scores what it does in a period: values, target, formula, status',
        params: explainParams,
        querystring: explainQuery,
        response: {
          200: kpiExplanation,
          ...commonErrors,
          422: errorBody.describe('NO_DATA: no values, pass ?period'),
        },
      },
    },
    async (request) => {
      const { ws, id, kpi } = request.params;
      return explainKpi(db, ws, id, kpi, request.query.period);
    },
  );
}
