import { checkFormula, kpiIndexOf } from '../../services/formula.service.ts';
import type { App, RouteDeps } from '../../types.ts';
import { commonErrors, scorecardParams, workspaceParams } from '../common.schema.ts';
import { formulaCheckBody, formulaCheckResult, kpiIndex } from './formulas.schema.ts';

export function formulaRoutes(app: App, deps: RouteDeps): void {
  const db = deps.db.db;

  app.post(
    '/api/workspaces/:ws/scorecards/:id/formula-check',
    {
      config: { access: 'read' },
      schema: {
        tags: ['kpis'],
        summary:
          'check a formula as a KPI of this scorecard would have it, and compute its value (writes nothing)',
        params: scorecardParams,
        body: formulaCheckBody,
        response: { 200: formulaCheckResult, ...commonErrors },
      },
    },
    async (request) => {
      const { ws, id } = request.params;
      return checkFormula(db, ws, id, request.body);
    },
  );

  app.get(
    '/api/workspaces/:ws/kpi-index',
    {
      config: { access: 'read' },
      schema: {
        tags: ['kpis'],
        summary: 'every KPI of the workspace by scorecard, for formula references',
        params: workspaceParams,
        response: { 200: kpiIndex, ...commonErrors },
      },
    },
    async (request) => {
      const { ws } = request.params;
      return kpiIndexOf(db, ws);
    },
  );
}
