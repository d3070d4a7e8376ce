/** What a Fix button says it will do: short enough for a button, specific enough to trust. */
import type { Fix } from '../../api/types.ts';
import { objectiveName, q, type FixContext } from './fix-context.ts';
import { decideFix } from './fix-decision.ts';
import { suggestTarget, type MoveFix } from './move-target.ts';

export function fixLabel(fix: Fix, ctx: FixContext): string {
  switch (fix.kind) {
    case 'rename':
      return `Rename to ${q(fix.to)}`;
    case 'add-kpi':
      return `Add a ${fix.indicator} KPI`;
    case 'add-objective':
      return `Add objective ${q(fix.name)}`;
    case 'move-to-kpi':
    case 'move-to-initiative': {
      const what = fix.kind === 'move-to-kpi' ? 'a KPI' : 'an initiative';
      const { target, certain } = suggestTarget(fix, ctx);
      if (!certain || target === null) return `Turn into ${what}…`;
      // An ellipsis: the button asks first (the move would delete more than the objective).
      const asks = decideFix(fix, ctx).action !== 'apply';
      return `Turn into ${what} of ${q(objectiveName(ctx, target))}${asks ? '…' : ''}`;
    }
  }
}

/** The title of the dialog a move opens. */
export function fixDialogTitle(fix: MoveFix, ctx: Pick<FixContext, 'objectives'>): string {
  const name = q(objectiveName(ctx, fix.objective));
  return fix.kind === 'move-to-kpi' ? `Turn ${name} into a KPI` : `Turn ${name} into an initiative`;
}
