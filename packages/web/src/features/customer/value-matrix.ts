import {
  VALUE_ATTRIBUTES,
  type CustomerModel,
  type Segment,
  type ValueAttribute,
} from '@bearing/core';
import type { ObjectiveLike } from './scorecard-shape.ts';

/**
 * One cell of the segments × value attributes matrix:
 * - `delivered`: the segment values it and an objective of the value proposition delivers it;
 * - `gap`: a targeted segment values it and nothing delivers it;
 * - `unserved`: a segment not targeted values it and nothing delivers it (no bet, so no gap);
 * - `offered`: the proposition delivers it though this segment does not rank it;
 * - `none`: neither.
 */
export type CellState = 'delivered' | 'gap' | 'unserved' | 'offered' | 'none';

export interface Deliverer {
  readonly id: string;
  readonly name: string;
  /** False when the value proposition names an objective the scorecard does not have. */
  readonly exists: boolean;
}

export interface MatrixRow {
  readonly segment: Segment;
  readonly cells: readonly { readonly attribute: ValueAttribute; readonly state: CellState }[];
}

export interface ValueMatrix {
  /** The attributes any segment values or the proposition delivers, in the standard order. */
  readonly attributes: readonly ValueAttribute[];
  readonly rows: readonly MatrixRow[];
  readonly deliverers: Readonly<Partial<Record<ValueAttribute, readonly Deliverer[]>>>;
}

export function deliverersByAttribute(
  model: CustomerModel,
  objectives: readonly ObjectiveLike[],
): Partial<Record<ValueAttribute, Deliverer[]>> {
  const names = new Map(objectives.map((o) => [o.id, o.name]));
  const out: Partial<Record<ValueAttribute, Deliverer[]>> = {};
  for (const { attribute, objective } of model.valueProposition?.attributes ?? []) {
    const name = names.get(objective);
    (out[attribute] ??= []).push({
      id: objective,
      name: name ?? objective,
      exists: name !== undefined,
    });
  }
  return out;
}

export function buildValueMatrix(
  model: CustomerModel,
  objectives: readonly ObjectiveLike[],
): ValueMatrix {
  const deliverers = deliverersByAttribute(model, objectives);
  const delivered = (a: ValueAttribute) => (deliverers[a] ?? []).some((d) => d.exists);
  const used = new Set<ValueAttribute>([
    ...model.segments.flatMap((s) => s.values),
    ...(Object.keys(deliverers) as ValueAttribute[]),
  ]);
  const attributes = VALUE_ATTRIBUTES.filter((a) => used.has(a));
  // Targeted segments first: they are the bets; the others are context.
  const segments = [...model.segments].sort((a, b) => Number(b.targeted) - Number(a.targeted));
  const rows = segments.map((segment) => ({
    segment,
    cells: attributes.map((attribute) => ({
      attribute,
      state: cellState(segment, attribute, delivered(attribute)),
    })),
  }));
  return { attributes, rows, deliverers };
}

function cellState(segment: Segment, attribute: ValueAttribute, delivered: boolean): CellState {
  const valued = segment.values.includes(attribute);
  if (valued) return delivered ? 'delivered' : segment.targeted ? 'gap' : 'unserved';
  return delivered ? 'offered' : 'none';
}
