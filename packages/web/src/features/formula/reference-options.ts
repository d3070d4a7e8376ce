/**
 * The completion list for a reference: this scorecard's KPIs first (written `[kpi]`), then the
 * other scorecards' (written `[scorecard/kpi]`), filtered by what was typed after the `[`.
 */
import type { KpiIndexEntry } from '../../api/types.ts';

export interface ReferenceOption {
  /** What goes between the brackets. */
  readonly reference: string;
  readonly name: string;
  readonly scorecardName: string;
  readonly unit: string | null;
  readonly calculated: boolean;
  /** A KPI of the scorecard being edited. */
  readonly local: boolean;
}

/** Enough to choose from while typing; the next letter narrows it. */
export const MAX_OPTIONS = 50;

export function referenceOptions(
  index: readonly KpiIndexEntry[],
  scorecard: string,
  query: string,
  /** The KPI being edited: referring to itself is a cycle, so it is not offered. */
  self: string | null,
): ReferenceOption[] {
  const needle = query.toLowerCase().replace(/\s+/g, '');
  const toOption = (k: KpiIndexEntry): ReferenceOption => {
    const local = k.scorecard === scorecard;
    return {
      reference: local ? k.id : `${k.scorecard}/${k.id}`,
      name: k.name,
      scorecardName: k.scorecardName,
      unit: k.unit,
      calculated: k.calculated,
      local,
    };
  };
  const matches = (o: ReferenceOption, k: KpiIndexEntry): boolean =>
    needle === '' ||
    o.reference.toLowerCase().includes(needle) ||
    // Typing a local id also finds a KPI of that id elsewhere, and names match too.
    k.id.toLowerCase().includes(needle) ||
    k.name.toLowerCase().replace(/\s+/g, '').includes(needle);
  const candidates = index.filter((k) => !(k.scorecard === scorecard && k.id === self));
  const local = candidates.filter((k) => k.scorecard === scorecard);
  const others = candidates.filter((k) => k.scorecard !== scorecard);
  const out: ReferenceOption[] = [];
  for (const k of [...local, ...others]) {
    const option = toOption(k);
    if (matches(option, k)) out.push(option);
    if (out.length === MAX_OPTIONS) break;
  }
  return out;
}
