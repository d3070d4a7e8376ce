/**
 * Finding one node in the server's score tree. Only the scorecard's own objectives are walked:
 * `contributors` belong to other scorecards, whose ids may repeat this one's.
 */
import type { KpiScore, ObjectiveScore, ScorecardScore } from '../api/types.ts';

function* ownObjectives(objectives: readonly ObjectiveScore[]): Generator<ObjectiveScore> {
  for (const objective of objectives) {
    yield objective;
    yield* ownObjectives(objective.objectives);
  }
}

export function allObjectiveScores(tree: ScorecardScore): ObjectiveScore[] {
  return tree.perspectives.flatMap((p) => [...ownObjectives(p.objectives)]);
}

export function findObjectiveScore(
  tree: ScorecardScore | undefined,
  id: string,
): ObjectiveScore | null {
  if (!tree) return null;
  return allObjectiveScores(tree).find((o) => o.id === id) ?? null;
}

export function findKpiScore(tree: ScorecardScore | undefined, id: string): KpiScore | null {
  if (!tree) return null;
  for (const objective of allObjectiveScores(tree)) {
    const kpi = objective.kpis.find((k) => k.id === id);
    if (kpi) return kpi;
  }
  return null;
}
