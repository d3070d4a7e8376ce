import { z } from 'zod';
import { lintScorecard } from '../../services/lint.service.ts';
import type { App, RouteDeps } from '../../types.ts';
import { commonErrors, scorecardParams } from '../common.schema.ts';
import { scoresQuery } from '../scorecards/scorecards.schema.ts';

/** The report is the linter's own objects, sent as they are (like the score tree). */
const lintReport = z
  .unknown()
  .describe(
    '{scorecard, name, period, quality: {score, categories, costs}, findings: [{rule, severity, category, scorecard, objective, kpi, message, why, suggestion, fix}], suppressed, suppressions, rules} — see docs/linting.md',
  );

export function lintRoutes(app: App, deps: RouteDeps): void {
  app.get(
    '/api/workspaces/:ws/scorecards/:id/lint',
    {
      config: { access: 'read' },
      schema: {
        tags: ['quality'],
        summary:
          'strategy-quality findings and the 0–100 quality score: the same linter as `bearing lint`',
        params: scorecardParams,
        querystring: scoresQuery,
        response: { 200: lintReport, ...commonErrors },
      },
    },
    async (request) => {
      const { ws, id } = request.params;
      return lintScorecard(deps.db.db, ws, id, request.query.period);
    },
  );
}
