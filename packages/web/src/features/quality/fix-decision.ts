/**
 * What clicking a Fix button does: apply at once, or ask first. A move deletes the objective, so
 * it asks whenever it is not obvious where the replacement goes or when more than the objective's
 * name would be lost (its KPIs, initiatives, links or sub-objectives).
 */
import type { Fix } from '../../api/types.ts';
import type { FixContext } from './fix-context.ts';
import { planFix, type FixPlan } from './fix-plan.ts';
import { isMoveFix, suggestTarget, type MoveFix } from './move-target.ts';

export type FixDecision =
  | { readonly action: 'apply'; readonly plan: FixPlan }
  | { readonly action: 'choose'; readonly fix: MoveFix; readonly target: string | null }
  | { readonly action: 'fail'; readonly reason: string };

export function decideFix(fix: Fix, ctx: FixContext): FixDecision {
  if (!isMoveFix(fix)) {
    const result = planFix(fix, ctx);
    return result.ok
      ? { action: 'apply', plan: result.plan }
      : { action: 'fail', reason: result.reason };
  }
  if (!ctx.objectives.some((o) => o.id === fix.objective)) {
    const result = planFix(fix, ctx, null);
    return { action: 'fail', reason: result.ok ? 'The objective is gone.' : result.reason };
  }
  const { target, certain } = suggestTarget(fix, ctx);
  if (certain && target !== null) {
    const result = planFix(fix, ctx, target);
    if (result.ok && !result.plan.destructive) return { action: 'apply', plan: result.plan };
  }
  return { action: 'choose', fix, target };
}
