import { scorecardTrends } from '../../services/trends.service.ts';
import type { App, RouteDeps } from '../../types.ts';
import { commonErrors, errorBody, scorecardParams } from '../common.schema.ts';
import { trendsQuery, trendsResponse } from './trends.schema.ts';

export function trendRoutes(app: App, deps: RouteDeps): void {
  const db = deps.db.db;

  app.get(
    '/api/workspaces/:ws/scorecards/:id/trends',
    {
      config: { access: 'read' },
      schema: {
        tags: ['scores'],
        summary:
          'score series of every perspective, objective and KPI over the last periods (sparklines)',
        params: scorecardParams,
        querystring: trendsQuery,
        response: {
          200: trendsResponse,
          ...commonErrors,
          422: errorBody.describe('NO_DATA: no values, pass ?to'),
        },
      },
    },
    async (request) => {
      const { ws, id } = request.params;
      const { to, count } = request.query;
      return scorecardTrends(db, ws, id, to, count);
    },
  );
}
