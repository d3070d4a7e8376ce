import { lag, lead } from '../customer/kpi-idea.ts';
import { outcomeKnowledge } from '../customer/outcomes.ts';
import type { DisciplineKnowledge } from '../customer/types.ts';
import type { CustomerOutcome, Segment } from '../model/customer.ts';
import type { Kpi, Objective } from '../model/strategy.ts';
import { kpiFrom, objectiveFrom } from './model-builders.ts';

/** The financial perspective: revenue growth from the targeted customers, and the discipline's own financial lever. */
export function financialObjectives(discipline: DisciplineKnowledge): Objective[] {
  const f = discipline.financial;
  return [
    objectiveFrom({
      id: 'grow-revenue',
      name: 'Grow revenue from targeted customers',
      perspective: 'financial',
      kpis: [
        kpiFrom(lead('pipeline', 'Sales pipeline from targeted segments', 'kEUR', 500, 700)),
        kpiFrom(lag('segment-revenue', 'Revenue from targeted segments', 'kEUR', 1000, 1200)),
      ],
      initiative: 'Revenue plan per segment',
    }),
    objectiveFrom({
      id: f.id,
      name: f.name,
      perspective: 'financial',
      kpis: [kpiFrom(f.leading), kpiFrom(f.lagging)],
      initiative: f.initiative,
    }),
  ];
}

/**
 * The umbrella's KPIs: one leading measure of focus, and the chosen outcomes as lagging KPIs for
 * each targeted segment — the bet on each segment is checked by its own results.
 */
export function customerUmbrellaKpis(
  segments: readonly Segment[],
  outcomes: readonly CustomerOutcome[],
): Kpi[] {
  const focus = kpiFrom(
    lead('segment-focus', 'Sales time spent on targeted segments', '%', 50, 75),
  );
  const results = segments.flatMap((segment) =>
    outcomes.map((id) => {
      const o = outcomeKnowledge(id);
      return kpiFrom(
        lag(`${segment.id}-${id}`, `${o.title}: ${segment.name}`, o.unit, o.baseline, o.target),
        { segment: segment.id, outcome: id },
      );
    }),
  );
  return [focus, ...results];
}
