import type { PreparedKpi } from './kpi-score.ts';
import type { PreparedObjective, PreparedScorecard, PreparedStrategy } from './prepare.ts';

/** Asking to score something that is not in the strategy is a caller error, not "no data". */
export class UnknownNodeError extends Error {
  readonly code = 'NOT_FOUND';
  constructor(kind: 'scorecard' | 'objective' | 'KPI' | 'link', id: string, where?: string) {
    super(
      where === undefined
        ? `no ${kind} with id "${id}" in the strategy`
        : `no ${kind} with id "${id}" in scorecard "${where}"`,
    );
    this.name = 'UnknownNodeError';
  }
}

export function lookupScorecard(prepared: PreparedStrategy, id: string): PreparedScorecard {
  const found = prepared.scorecardById.get(id);
  if (found === undefined) throw new UnknownNodeError('scorecard', id);
  return found;
}

export function lookupObjective(
  prepared: PreparedStrategy,
  scorecardId: string,
  id: string,
): PreparedObjective {
  const found = lookupScorecard(prepared, scorecardId).objectiveById.get(id);
  if (found === undefined) throw new UnknownNodeError('objective', id, scorecardId);
  return found;
}

export function lookupKpi(
  prepared: PreparedStrategy,
  scorecardId: string,
  id: string,
): PreparedKpi {
  const found = lookupScorecard(prepared, scorecardId).kpiById.get(id);
  if (found === undefined) throw new UnknownNodeError('KPI', id, scorecardId);
  return found;
}
