import { lag } from '../customer/kpi-idea.ts';
import type { SectorKnowledge } from '../customer/sectors/types.ts';
import type { DisciplineKnowledge } from '../customer/types.ts';
import type { CustomerOutcome, Segment } from '../model/customer.ts';
import type { Kpi, Objective } from '../model/strategy.ts';
import { kpiFrom, objectiveFrom } from './model-builders.ts';

/**
 * The financial perspective: the sector's goal (revenue from targeted customers, secure funding,
 * a budget kept) and the discipline's own financial lever.
 */
export function financialObjectives(
  sector: SectorKnowledge,
  discipline: DisciplineKnowledge,
): Objective[] {
  return [sector.goal, discipline.financial].map((idea) =>
    objectiveFrom({
      id: idea.id,
      name: idea.name,
      perspective: 'financial',
      kpis: [kpiFrom(idea.leading), kpiFrom(idea.lagging)],
      initiative: idea.initiative,
    }),
  );
}

/**
 * The umbrella's KPIs: one leading measure of focus, and the chosen outcomes as lagging KPIs for
 * each targeted segment, named in the sector's words — the bet on each segment is checked by its
 * own results.
 */
export function customerUmbrellaKpis(
  sector: SectorKnowledge,
  segments: readonly Segment[],
  outcomes: readonly CustomerOutcome[],
): Kpi[] {
  const results = segments.flatMap((segment) =>
    outcomes.map((id) => {
      const o = sector.outcomes[id];
      return kpiFrom(
        lag(`${segment.id}-${id}`, `${o.title}: ${segment.name}`, o.unit, o.baseline, o.target),
        { segment: segment.id, outcome: id },
      );
    }),
  );
  return [kpiFrom(sector.customerUmbrella.focus), ...results];
}
