import { getMapLayout } from '@bearing/db';
import { saveMapLayout } from '../../services/layout.service.ts';
import type { App, RouteDeps } from '../../types.ts';
import { commonErrors, errorBody, scorecardParams } from '../common.schema.ts';
import { layoutBody, layoutResponse } from './layout.schema.ts';

/**
 * Strategy-map layout: presentation, not strategy. No versions (the last drag wins per
 * objective), no change-log rows, not in the strategy file export.
 */
export function layoutRoutes(app: App, deps: RouteDeps): void {
  const db = deps.db.db;

  app.get(
    '/api/workspaces/:ws/scorecards/:id/layout',
    {
      config: { access: 'read' },
      schema: {
        tags: ['layout'],
        summary: "the strategy map's saved objective positions",
        params: scorecardParams,
        response: { 200: layoutResponse, ...commonErrors },
      },
    },
    async (request) => {
      const { ws, id } = request.params;
      return { positions: await getMapLayout(db, ws, id) };
    },
  );

  app.put(
    '/api/workspaces/:ws/scorecards/:id/layout',
    {
      config: { access: 'strategy.write' },
      schema: {
        tags: ['layout'],
        summary: 'save objective positions (merged; null clears one), all or nothing',
        params: scorecardParams,
        body: layoutBody,
        response: {
          200: layoutResponse,
          ...commonErrors,
          422: errorBody.describe('BROKEN_REFERENCE: not an objective of this scorecard'),
        },
      },
    },
    async (request) => {
      const { ws, id } = request.params;
      const positions = await saveMapLayout(db, ws, id, request.body.positions, deps.now());
      return { positions };
    },
  );
}
