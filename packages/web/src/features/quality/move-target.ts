/**
 * Where a "move" fix puts what the objective becomes. The linter says what to make of the
 * objective (a KPI, an initiative) but not where: the natural home is the objective it has a
 * cause-effect link to (the outcome it drives, or the need it serves).
 */
import type { Fix } from '../../api/types.ts';
import type { FixContext } from './fix-context.ts';

export type MoveFix = Extract<Fix, { kind: 'move-to-kpi' | 'move-to-initiative' }>;

export function isMoveFix(fix: Fix): fix is MoveFix {
  return fix.kind === 'move-to-kpi' || fix.kind === 'move-to-initiative';
}

export interface TargetSuggestion {
  /** The objective to preselect, or null when nothing suggests one. */
  readonly target: string | null;
  /** True when there is exactly one obvious target, so no one needs to choose. */
  readonly certain: boolean;
}

export function suggestTarget(
  fix: MoveFix,
  ctx: Pick<FixContext, 'objectives' | 'links'>,
): TargetSuggestion {
  const self = fix.objective;
  const exists = (id: string) => ctx.objectives.some((o) => o.id === id);
  const outgoing = [
    ...new Set(ctx.links.filter((l) => l.from === self && l.to !== self).map((l) => l.to)),
  ].filter(exists);
  if (outgoing.length === 1) return { target: outgoing[0] ?? null, certain: true };
  if (outgoing.length > 1) return { target: outgoing[0] ?? null, certain: false };
  const parent = ctx.objectives.find((o) => o.id === self)?.parent ?? null;
  return { target: parent !== null && exists(parent) ? parent : null, certain: false };
}

/** Objectives that can receive it: any other objective of the scorecard. */
export function targetCandidates(fix: MoveFix, ctx: Pick<FixContext, 'objectives'>) {
  return ctx.objectives.filter((o) => o.id !== fix.objective);
}
