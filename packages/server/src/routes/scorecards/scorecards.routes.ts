import { type Period, periodCount, periodRange } from '@bearing/core';
import { getScorecard, getScorecardTree, listScorecards } from '@bearing/db';
import { ApiError } from '../../errors.ts';
import { history, scoreOneScorecard } from '../../services/scoring.service.ts';
import type { App, RouteDeps } from '../../types.ts';
import { commonErrors, errorBody, scorecardParams, workspaceParams } from '../common.schema.ts';
import {
  historyParams,
  historyQuery,
  historyResponse,
  scorecardList,
  scorecardScore,
  scorecardTree,
  scoresQuery,
} from './scorecards.schema.ts';

/** A longer range is almost certainly a mistake (days over decades); the CLI has the same cap. */
const MAX_POINTS = 1000;

export function scorecardRoutes(app: App, deps: RouteDeps): void {
  const db = deps.db.db;

  app.get(
    '/api/workspaces/:ws/scorecards',
    {
      config: { access: 'read' },
      schema: {
        tags: ['scorecards'],
        summary: 'the scorecards of a workspace, in file order (without their contents)',
        params: workspaceParams,
        response: { 200: scorecardList, ...commonErrors },
      },
    },
    async (request) => {
      return { scorecards: await listScorecards(db, request.params.ws) };
    },
  );

  app.get(
    '/api/workspaces/:ws/scorecards/:id',
    {
      config: { access: 'read' },
      schema: {
        tags: ['scorecards'],
        summary: 'one scorecard with everything under it, and its version',
        params: scorecardParams,
        response: { 200: scorecardTree, ...commonErrors },
      },
    },
    async (request) => {
      const { ws, id } = request.params;
      const [record, tree] = await Promise.all([
        getScorecard(db, ws, id),
        getScorecardTree(db, ws, id),
      ]);
      return { ...tree, version: record.version };
    },
  );

  app.get(
    '/api/workspaces/:ws/scorecards/:id/scores',
    {
      config: { access: 'read' },
      schema: {
        tags: ['scores'],
        summary:
          'the score tree as of a period: the same JSON as `bearing score --json --scorecard`',
        params: scorecardParams,
        querystring: scoresQuery,
        response: {
          200: scorecardScore,
          ...commonErrors,
          422: errorBody.describe('NO_DATA: no values, pass ?period'),
        },
      },
    },
    async (request) => {
      const { ws, id } = request.params;
      return scoreOneScorecard(db, ws, id, request.query.period);
    },
  );

  for (const kind of ['kpi', 'objective'] as const) {
    app.get(
      `/api/workspaces/:ws/scorecards/:id/${kind}s/:node/history`,
      {
        config: { access: 'read' },
        schema: {
          tags: ['scores'],
          summary: `a ${kind}'s score period by period: the same JSON as \`bearing history --json\``,
          params: historyParams,
          querystring: historyQuery,
          response: { 200: historyResponse, ...commonErrors },
        },
      },
      async (request) => {
        const { ws, id, node } = request.params;
        const periods = range(request.query.from, request.query.to);
        return history(db, ws, { scorecard: id, kind, id: node }, periods);
      },
    );
  }
}

function range(from: Period, to: Period): Period[] {
  if (from.kind !== to.kind) {
    throw new ApiError(
      'VALIDATION',
      `from=${from.key} is a ${from.kind} but to=${to.key} is a ${to.kind}; give two periods of the same kind`,
      'query.to',
    );
  }
  const count = periodCount(from, to);
  if (count > MAX_POINTS) {
    throw new ApiError(
      'VALIDATION',
      `${from.key}..${to.key} has ${count} periods, more than ${MAX_POINTS}; choose a coarser kind`,
      'query.to',
    );
  }
  return periodRange(from, to);
}
