import type { Scorecard } from '../model/strategy.ts';
import type { ObjectiveScore, ScorecardScore } from '../scoring/types.ts';
import { METRICS, type MapLayout, type SavedPositions } from './layout-types.ts';
import { mapToSvg, type SvgMapInput } from './map-svg.ts';
import { layoutMap } from './place.ts';
import { applySavedPositions } from './saved.ts';

export interface ScorecardMapOptions {
  readonly title: string;
  readonly subtitle?: string;
  /** The engine's scores for the period shown; null draws the map without scores (grey). */
  readonly score: ScorecardScore | null;
  /**
   * Card positions saved by dragging on the web map (lane-relative, by objective id). Without
   * them the map is laid out deterministically: perspectives as rows in the scorecard's order,
   * objectives in file order, so the same strategy always draws the same picture.
   */
  readonly positions?: SavedPositions;
}

/** The drawing's input for one scorecard: lanes, cards and links coloured by the engine's status. */
export function scorecardMapInput(sc: Scorecard, options: ScorecardMapOptions): SvgMapInput {
  const scored = objectiveScores(options.score);
  const perspectiveScores = new Map((options.score?.perspectives ?? []).map((p) => [p.id, p]));
  const lanes = sc.perspectives.map((p) => ({
    id: p.id,
    name: p.name,
    score: perspectiveScores.get(p.id)?.score ?? null,
    status: perspectiveScores.get(p.id)?.status ?? 'none',
  }));
  const laneIds = new Set<string>(lanes.map((l) => l.id));
  const objectives = sc.objectives.filter((o) => laneIds.has(o.perspective));
  const cards = objectives.map((o) => ({
    id: o.id,
    name: o.name,
    score: scored.get(o.id)?.score ?? null,
    status: scored.get(o.id)?.status ?? 'none',
    kpiCount: o.kpis.length,
  }));
  const cardIds = new Set<string>(cards.map((c) => c.id));
  const links = sc.links
    .filter((l) => cardIds.has(l.from) && cardIds.has(l.to))
    .map((l) => ({ from: l.from, to: l.to, hypothesis: l.hypothesis }));
  const auto: MapLayout = layoutMap(
    {
      lanes: lanes.map((l) => l.id),
      objectives: objectives.map((o) => ({ id: o.id, lane: o.perspective })),
      links,
    },
    null,
    METRICS,
  );
  const layout = options.positions ? applySavedPositions(auto, options.positions) : auto;
  return {
    title: options.title,
    ...(options.subtitle === undefined ? {} : { subtitle: options.subtitle }),
    layout,
    lanes,
    cards,
    links,
  };
}

/** The scorecard's strategy map as a standalone SVG document. */
export function scorecardMapSvg(sc: Scorecard, options: ScorecardMapOptions): string {
  return mapToSvg(scorecardMapInput(sc, options));
}

/** Every objective of the score tree by id, sub-objectives included. */
function objectiveScores(score: ScorecardScore | null): Map<string, ObjectiveScore> {
  const byId = new Map<string, ObjectiveScore>();
  const visit = (o: ObjectiveScore) => {
    byId.set(o.id, o);
    o.objectives.forEach(visit);
  };
  for (const p of score?.perspectives ?? []) p.objectives.forEach(visit);
  return byId;
}
