import type { Objective, Scorecard } from '@bearing/core';

/**
 * A strategy as lanes of objectives, one lane per perspective top to bottom, sub-objectives nested
 * under their umbrella: a reading of the map for previews, without the map's layout engine.
 */
export interface OutlineKpi {
  readonly id: string;
  readonly name: string;
  readonly indicator: 'leading' | 'lagging' | null;
  readonly unit: string | null;
}

export interface OutlineObjective {
  readonly id: string;
  readonly name: string;
  readonly kpis: readonly OutlineKpi[];
  readonly initiatives: number;
  readonly children: readonly OutlineObjective[];
}

export interface OutlineLane {
  readonly id: string;
  readonly name: string;
  readonly objectives: readonly OutlineObjective[];
}

export function outlineOf(scorecard: Scorecard): OutlineLane[] {
  const ids = new Set(scorecard.objectives.map((o) => o.id));
  const children = new Map<string, Objective[]>();
  for (const o of scorecard.objectives) {
    if (o.parent !== null && ids.has(o.parent)) {
      children.set(o.parent, [...(children.get(o.parent) ?? []), o]);
    }
  }
  const node = (o: Objective): OutlineObjective => ({
    id: o.id,
    name: o.name,
    kpis: o.kpis.map((k) => ({ id: k.id, name: k.name, indicator: k.indicator, unit: k.unit })),
    initiatives: o.initiatives.length,
    children: (children.get(o.id) ?? []).map(node),
  });
  const roots = scorecard.objectives.filter((o) => o.parent === null || !ids.has(o.parent));
  return scorecard.perspectives.map((p) => ({
    id: p.id,
    name: p.name,
    objectives: roots.filter((o) => o.perspective === p.id).map(node),
  }));
}

export interface StrategyCounts {
  readonly scorecards: number;
  readonly objectives: number;
  readonly kpis: number;
  readonly links: number;
  readonly initiatives: number;
}

export function countsOf(scorecards: readonly Scorecard[]): StrategyCounts {
  const objectives = scorecards.flatMap((s) => s.objectives);
  return {
    scorecards: scorecards.length,
    objectives: objectives.length,
    kpis: objectives.reduce((n, o) => n + o.kpis.length, 0),
    links: scorecards.reduce((n, s) => n + s.links.length, 0),
    initiatives: objectives.reduce((n, o) => n + o.initiatives.length, 0),
  };
}
