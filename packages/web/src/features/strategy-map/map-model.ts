/**
 * The map's model, built from what the API returns: lanes (perspectives in the scorecard's
 * order, with the server's score and status), cards (objectives with their score, status, KPI
 * count and trend) and links. Pure, so everything the map shows can be tested without a browser.
 * Numbers are the server's: nothing here computes a score.
 */
import type {
  Link,
  ObjectiveRecord,
  ObjectiveScore,
  Perspective,
  PerspectiveScore,
  ScorecardScore,
  Status,
} from '../../api/types.ts';
import type { LayoutGraph } from './layout/types.ts';

export interface LaneModel {
  readonly id: string;
  readonly name: string;
  readonly score: number | null;
  readonly status: Status;
}

export interface CardModel {
  readonly id: string;
  readonly name: string;
  readonly lane: string;
  readonly owner: string | null;
  readonly parent: string | null;
  readonly version: number;
  readonly score: number | null;
  readonly status: Status;
  readonly kpiCount: number;
  /** Scores of the last periods, oldest first; null when the trends are not available. */
  readonly trend: readonly (number | null)[] | null;
}

export interface LinkModel {
  /** `from->to`, the API's key of a link. */
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly hypothesis: string | null;
  readonly version: number;
}

export interface MapModel {
  readonly lanes: readonly LaneModel[];
  readonly cards: readonly CardModel[];
  readonly links: readonly LinkModel[];
}

export interface MapSources {
  readonly perspectives: readonly Perspective[];
  readonly objectives: readonly ObjectiveRecord[];
  readonly links: readonly Link[];
  readonly scores: ScorecardScore | undefined;
  readonly trends: Readonly<Record<string, readonly (number | null)[]>> | null;
  /**
   * KPI definitions (each names its objective). The count on a card comes from here, not from
   * the score tree: a new map without values has no scores yet, but its KPIs exist.
   */
  readonly kpis?: readonly { readonly objective: string }[];
}

/** Every objective of the score tree by id, sub-objectives included. */
export function objectiveScores(scores: ScorecardScore | undefined): Map<string, ObjectiveScore> {
  const byId = new Map<string, ObjectiveScore>();
  const visit = (objective: ObjectiveScore) => {
    byId.set(objective.id, objective);
    objective.objectives.forEach(visit);
  };
  for (const perspective of scores?.perspectives ?? []) perspective.objectives.forEach(visit);
  return byId;
}

export function buildMapModel(sources: MapSources): MapModel {
  const scored = objectiveScores(sources.scores);
  const kpiCounts = new Map<string, number>();
  for (const kpi of sources.kpis ?? []) {
    kpiCounts.set(kpi.objective, (kpiCounts.get(kpi.objective) ?? 0) + 1);
  }
  const perspectiveScores = new Map<string, PerspectiveScore>(
    (sources.scores?.perspectives ?? []).map((p) => [p.id, p]),
  );
  const lanes = sources.perspectives.map((p) => ({
    id: p.id,
    name: p.name,
    score: perspectiveScores.get(p.id)?.score ?? null,
    status: perspectiveScores.get(p.id)?.status ?? 'none',
  }));
  const laneIds = new Set(lanes.map((l) => l.id));
  const cards = sources.objectives
    .filter((o) => laneIds.has(o.perspective))
    .map((o): CardModel => {
      const score = scored.get(o.id);
      return {
        id: o.id,
        name: o.name,
        lane: o.perspective,
        owner: o.owner,
        parent: o.parent,
        version: o.version,
        score: score?.score ?? null,
        status: score?.status ?? 'none',
        kpiCount: sources.kpis ? (kpiCounts.get(o.id) ?? 0) : (score?.kpis.length ?? 0),
        trend: sources.trends?.[o.id] ?? null,
      };
    });
  const cardIds = new Set(cards.map((c) => c.id));
  const links = sources.links
    .filter((l) => cardIds.has(l.from) && cardIds.has(l.to))
    .map((l) => ({
      id: l.id,
      from: l.from,
      to: l.to,
      hypothesis: l.hypothesis,
      version: l.version,
    }));
  return { lanes, cards, links };
}

/** What the layout needs from the model: structure only. */
export function layoutGraphOf(model: MapModel): LayoutGraph {
  return {
    lanes: model.lanes.map((l) => l.id),
    objectives: model.cards.map((c) => ({ id: c.id, lane: c.lane })),
    links: model.links.map((l) => ({ from: l.from, to: l.to })),
  };
}

/** How many objectives have each status, for the legend. */
export function statusCounts(cards: readonly CardModel[]): Record<Status, number> {
  const counts: Record<Status, number> = { green: 0, amber: 0, red: 0, none: 0 };
  for (const card of cards) counts[card.status]++;
  return counts;
}
