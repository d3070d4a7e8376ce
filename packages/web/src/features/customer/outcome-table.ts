import {
  CUSTOMER_OUTCOMES,
  type CustomerModel,
  type CustomerOutcome,
  type Segment,
} from '@bearing/core';
import { isOutcome } from './customer-model.ts';
import type { KpiLike, ObjectiveLike } from './scorecard-shape.ts';

export interface OutcomeMeasure {
  readonly kpi: KpiLike;
  readonly objective: { readonly id: string; readonly name: string };
}

export interface OutcomeRow {
  /** null: outcome KPIs that name no segment (or one the section does not define). */
  readonly segment: Segment | null;
  readonly cells: Readonly<Record<CustomerOutcome, readonly OutcomeMeasure[]>>;
  readonly count: number;
}

export interface OutcomeTable {
  /** The outcomes measured anywhere, in the standard order (acquisition … account share). */
  readonly outcomes: readonly CustomerOutcome[];
  readonly rows: readonly OutcomeRow[];
}

/**
 * The core outcome measures per segment: KPIs with `outcome:` (and `segment:`), grouped so each
 * segment's row shows whether the bet on it is measured, and by what.
 */
export function buildOutcomeTable(
  model: CustomerModel,
  objectives: readonly ObjectiveLike[],
): OutcomeTable {
  const segmentIds = new Set(model.segments.map((s) => s.id));
  const bySegment = new Map<string | null, OutcomeMeasure[]>();
  for (const objective of objectives) {
    for (const kpi of objective.kpis) {
      if (!isOutcome(kpi.outcome)) continue;
      const key = kpi.segment != null && segmentIds.has(kpi.segment) ? kpi.segment : null;
      const list = bySegment.get(key) ?? [];
      list.push({ kpi, objective: { id: objective.id, name: objective.name } });
      bySegment.set(key, list);
    }
  }
  const measured = new Set([...bySegment.values()].flat().map((m) => m.kpi.outcome));
  const outcomes = CUSTOMER_OUTCOMES.filter((o) => measured.has(o));
  const row = (segment: Segment | null): OutcomeRow => {
    const measures = bySegment.get(segment?.id ?? null) ?? [];
    const cells = Object.fromEntries(
      CUSTOMER_OUTCOMES.map((o) => [o, measures.filter((m) => m.kpi.outcome === o)]),
    ) as Record<CustomerOutcome, OutcomeMeasure[]>;
    return { segment, cells, count: measures.length };
  };
  const segments = [...model.segments].sort((a, b) => Number(b.targeted) - Number(a.targeted));
  const rows = segments.map(row);
  if (bySegment.has(null)) rows.push(row(null));
  return { outcomes, rows };
}
