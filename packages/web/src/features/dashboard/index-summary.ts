/**
 * A scorecard card's numbers, read off the API's score tree: counts of objectives and KPIs and
 * each perspective's score and status. Counting and copying only; the scores are the server's.
 */
import type { ObjectiveScore, ScorecardScore, Status } from '../../api/types.ts';

export interface PerspectiveLine {
  readonly id: string;
  readonly name: string;
  readonly score: number | null;
  readonly status: Status;
}

export interface ScorecardSummaryNumbers {
  readonly objectives: number;
  readonly kpis: number;
  /** KPIs with a value for the period. */
  readonly kpisWithData: number;
  readonly perspectives: readonly PerspectiveLine[];
}

export function summarizeTree(tree: ScorecardScore): ScorecardSummaryNumbers {
  let objectives = 0;
  let kpis = 0;
  let kpisWithData = 0;
  const walk = (o: ObjectiveScore) => {
    // Contributors belong to other scorecards, and the tree lists them under `contributors`.
    objectives++;
    kpis += o.kpis.length;
    kpisWithData += o.kpis.filter((k) => k.value !== null).length;
    o.objectives.forEach(walk);
  };
  for (const p of tree.perspectives) p.objectives.forEach(walk);
  return {
    objectives,
    kpis,
    kpisWithData,
    perspectives: tree.perspectives.map(({ id, name, score, status }) => ({
      id,
      name,
      score,
      status,
    })),
  };
}

/** Case-insensitive match on a scorecard's name, id or owner (the index's search box). */
export function matchesScorecard(
  scorecard: { readonly id: string; readonly name: string; readonly owner: string | null },
  query: string,
): boolean {
  const needle = query.trim().toLocaleLowerCase();
  if (needle === '') return true;
  return [scorecard.id, scorecard.name, scorecard.owner ?? ''].some((text) =>
    text.toLocaleLowerCase().includes(needle),
  );
}
