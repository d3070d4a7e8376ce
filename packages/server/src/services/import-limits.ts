import type { FileIssue, Strategy } from '@bearing/core';
import { ApiError } from '../errors.ts';

/**
 * Bounds on the work one import may ask for (docs/api.md, "Limits"). The body limit bounds the
 * bytes; these bound what the bytes stand for, and the core parser bounds YAML alias expansion.
 */
export interface ImportLimits {
  readonly maxScorecards: number;
  readonly maxValues: number;
}

/** An error list is for a person to read: past this many, the answer says how many more. */
export const MAX_REPORTED_ISSUES = 1_000;

/** Refuses a strategy with more scorecards or values than the limits allow (413). */
export function checkImportLimits(strategy: Strategy, limits: ImportLimits): void {
  const scorecards = strategy.scorecards.length;
  if (scorecards > limits.maxScorecards) {
    throw tooLarge(
      `the file has ${scorecards} scorecards; one import takes at most ${limits.maxScorecards} (BEARING_IMPORT_MAX_SCORECARDS)`,
      'maxScorecards',
      limits.maxScorecards,
    );
  }
  let values = 0;
  for (const scorecard of strategy.scorecards) {
    for (const objective of scorecard.objectives) {
      for (const kpi of objective.kpis) values += kpi.values.length;
    }
  }
  if (values > limits.maxValues) {
    throw tooLarge(
      `the file has ${values} KPI values; one import takes at most ${limits.maxValues} (BEARING_IMPORT_MAX_VALUES): split it by scorecard`,
      'maxValues',
      limits.maxValues,
    );
  }
}

/** The refusal of a file whose issues are listed: 413 for a document too large, else 422. */
export function invalidFileError(issues: readonly FileIssue[]): ApiError {
  const reported = issues.slice(0, MAX_REPORTED_ISSUES);
  const more = issues.length - reported.length;
  const tooBig = issues.find((i) => i.code === 'TOO_LARGE');
  if (tooBig !== undefined) {
    return new ApiError('PAYLOAD_TOO_LARGE', tooBig.message, 'body', {
      limit: 'expansion',
      issues: reported,
    });
  }
  const count = issues.length;
  const listed = more > 0 ? ` (the first ${reported.length} are listed)` : '';
  return new ApiError(
    'INVALID_STRATEGY',
    `the strategy file has ${count} issue${count === 1 ? '' : 's'}${listed}; nothing was imported`,
    'body',
    { issues: reported, ...(more > 0 ? { moreIssues: more } : {}) },
  );
}

function tooLarge(message: string, limit: string, value: number): ApiError {
  return new ApiError('PAYLOAD_TOO_LARGE', message, 'body', { limit, max: value });
}
