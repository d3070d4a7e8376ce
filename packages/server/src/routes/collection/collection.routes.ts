import { collectionReportSchema } from '@bearing/core';
import { cycleSettingsOf } from '../../cycle/cycle-scan.ts';
import { collectionReport } from '../../services/collection.service.ts';
import type { App, RouteDeps } from '../../types.ts';
import { commonErrors, workspaceParams } from '../common.schema.ts';
import { collectionQuery } from './collection.schema.ts';

/** The update cycle's data-collection status: which KPI values are entered, due and overdue. */
export function collectionRoutes(app: App, deps: RouteDeps): void {
  app.get(
    '/api/workspaces/:ws/collection',
    {
      config: { access: 'read' },
      schema: {
        tags: ['values'],
        summary:
          'which KPI values a period owes, by owner and scorecard: entered, due, overdue or upcoming (as `bearing status`)',
        params: workspaceParams,
        querystring: collectionQuery,
        response: { 200: collectionReportSchema, ...commonErrors },
      },
    },
    async (request) => {
      const { ws } = request.params;
      // Without ?graceDays the workspace's own cycle setting applies (PUT …/cycle/settings).
      const graceDays =
        request.query.graceDays ?? (await cycleSettingsOf(deps.db.db, ws)).graceDays;
      return collectionReport(deps.db.db, ws, { ...request.query, graceDays }, deps.now());
    },
  );
}
