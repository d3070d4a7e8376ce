import type { KpiScore, ObjectiveScore, ScorecardScore } from '../../api/types.ts';

export interface ScoreIndex {
  readonly objectives: ReadonlyMap<string, ObjectiveScore>;
  readonly kpis: ReadonlyMap<string, KpiScore>;
}

export const EMPTY_SCORES: ScoreIndex = { objectives: new Map(), kpis: new Map() };

/**
 * Looks scores up by id. The tree nests sub-objectives under their parent; cascaded contributors
 * belong to other scorecards (their ids may repeat ours), so they are left out.
 */
export function indexScores(tree: ScorecardScore | undefined): ScoreIndex {
  if (tree === undefined) return EMPTY_SCORES;
  const objectives = new Map<string, ObjectiveScore>();
  const kpis = new Map<string, KpiScore>();
  const visit = (o: ObjectiveScore): void => {
    objectives.set(o.id, o);
    for (const k of o.kpis) kpis.set(k.id, k);
    o.objectives.forEach(visit);
  };
  for (const p of tree.perspectives) p.objectives.forEach(visit);
  return { objectives, kpis };
}
