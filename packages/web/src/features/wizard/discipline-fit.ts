import type { DisciplineKnowledge, ValueAttribute } from '@bearing/core';
import type { SegmentForm } from './wizard-form.ts';

/** What the segments value that the discipline's customer objectives deliver. */
export function disciplineFit(
  segments: readonly SegmentForm[],
  discipline: DisciplineKnowledge,
): ValueAttribute[] {
  const valued = new Set(segments.flatMap((s) => s.values));
  const offered = discipline.customerObjectives.map((o) => o.attribute);
  return [...new Set(offered)].filter((a) => valued.has(a));
}

/**
 * The disciplines that deliver most of what the segments value: a hint, not a rule (several
 * when tied; none before any value is picked).
 */
export function bestFits(
  segments: readonly SegmentForm[],
  disciplines: readonly DisciplineKnowledge[],
): DisciplineKnowledge['id'][] {
  const scored = disciplines.map((d) => ({ id: d.id, n: disciplineFit(segments, d).length }));
  const best = Math.max(0, ...scored.map((s) => s.n));
  return best === 0 ? [] : scored.filter((s) => s.n === best).map((s) => s.id);
}
