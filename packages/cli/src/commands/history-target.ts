import {
  type KpiId,
  type ObjectiveId,
  type Scorecard,
  type Strategy,
  kpiId,
  objectiveId,
} from '@bearing/core';
import { invalid } from '../exit-codes.ts';
import { didYouMean } from '../suggest.ts';
import { list, scorecardOption } from './options.ts';

/** What `history` follows: one KPI or one objective of one scorecard. */
export type HistoryTarget =
  | {
      readonly kind: 'kpi';
      readonly scorecard: Scorecard;
      readonly id: KpiId;
      readonly name: string;
      readonly unit: string | null;
    }
  | {
      readonly kind: 'objective';
      readonly scorecard: Scorecard;
      readonly id: ObjectiveId;
      readonly name: string;
    };

/**
 * Ids are unique within a scorecard only, so an id may name things in several scorecards. Without
 * --scorecard an ambiguous id is an error listing the candidates: guessing would silently report
 * the wrong series.
 */
export function resolveTarget(
  strategy: Strategy,
  kind: 'kpi' | 'objective',
  id: string,
  scorecard: string | undefined,
): HistoryTarget {
  const scope =
    scorecard === undefined ? strategy.scorecards : [scorecardOption(strategy, scorecard)];
  const matches = scope.flatMap((s) => {
    const found = find(s, kind, id);
    return found ? [found] : [];
  });
  const [only, ...more] = matches;
  const flag = `--${kind}`;
  if (only && more.length === 0) return only;
  if (only) {
    const pad = Math.max(...matches.map((m) => m.scorecard.id.length));
    const candidates = matches.map((m) => `--scorecard ${m.scorecard.id.padEnd(pad)}  (${m.name})`);
    throw invalid(
      `${flag} ${id} exists in ${matches.length} scorecards; pick one with --scorecard:\n  ${candidates.join('\n  ')}`,
    );
  }
  const known = [...new Set(scope.flatMap((s) => idsOf(s, kind)))];
  const where = scorecard === undefined ? 'the file' : `scorecard ${scorecard}`;
  throw invalid(
    `${flag}: no ${kind === 'kpi' ? 'KPI' : 'objective'} "${id}" in ${where}${didYouMean(id, known)}; known: ${list(known)}`,
  );
}

function find(scorecard: Scorecard, kind: 'kpi' | 'objective', id: string): HistoryTarget | null {
  for (const objective of scorecard.objectives) {
    if (kind === 'objective' && objective.id === id) {
      return { kind, scorecard, id: objectiveId(id), name: objective.name };
    }
    const kpi = kind === 'kpi' ? objective.kpis.find((k) => k.id === id) : undefined;
    if (kpi) return { kind: 'kpi', scorecard, id: kpiId(id), name: kpi.name, unit: kpi.unit };
  }
  return null;
}

function idsOf(scorecard: Scorecard, kind: 'kpi' | 'objective'): string[] {
  return kind === 'objective'
    ? scorecard.objectives.map((o) => o.id)
    : scorecard.objectives.flatMap((o) => o.kpis.map((k) => k.id));
}
