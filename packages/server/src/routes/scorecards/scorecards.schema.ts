import { z } from 'zod';
import { key, period, scorecardParams } from '../common.schema.ts';

export const scorecardSummary = z.looseObject({
  id: z.string(),
  name: z.string(),
  version: z.number().int(),
});
export const scorecardList = z.object({ scorecards: z.array(scorecardSummary) });

export const scoresQuery = z.object({
  period: period.optional().describe('score as of this period; default: the latest with a value'),
});

export const historyParams = scorecardParams.extend({ node: key.describe('KPI or objective id') });

export const historyQuery = z.object({ from: period, to: period }).check((ctx) => {
  const { from, to } = ctx.value;
  if (from.kind !== to.kind) {
    ctx.issues.push({
      code: 'custom',
      input: ctx.value,
      path: ['to'],
      message: `from ${from.key} is a ${from.kind} but to ${to.key} is a ${to.kind}; both must be of the same kind`,
    });
  } else if (from.start > to.start) {
    ctx.issues.push({
      code: 'custom',
      input: ctx.value,
      path: ['from'],
      message: `from ${from.key} comes after to ${to.key}`,
    });
  }
});

/**
 * The engine's own result objects pass through untouched (no re-encoding that could reorder or
 * round anything): the API must print exactly what `bearing score --json` prints.
 */
export const scorecardTree = z
  .unknown()
  .describe('the Scorecard model (docs/strategy-file.md) with everything under it, plus `version`');
export const scorecardScore = z
  .unknown()
  .describe(
    'ScorecardScore: {scorecard, period, score, status, coverage, perspectives: [...], …} (docs/scoring.md)',
  );
export const historyResponse = z
  .unknown()
  .describe(
    '{scorecard, kpi|objective, from, to, points: [{period, score, status, value, coverage}]}',
  );
