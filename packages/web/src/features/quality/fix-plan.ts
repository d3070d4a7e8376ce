/**
 * Turns a lint Fix (data from the linter) into the API calls that apply it. There is no fix
 * endpoint: each kind maps onto the ordinary entity routes (docs/api.md "Writing entities").
 * Calls that add come first and the delete comes last, so a failure part-way never loses the
 * objective before its replacement exists.
 */
import { paths } from '../../api/paths.ts';
import type { Fix } from '../../api/types.ts';
import { q, type FixContext } from './fix-context.ts';
import { planMove } from './move-plan.ts';
import { freeId, ok, placeholderKpiName, type FixPlan, type PlanResult } from './plan-parts.ts';

export {
  freeId,
  lagText,
  placeholderKpiName,
  type ApiCall,
  type FixPlan,
  type PlanResult,
} from './plan-parts.ts';

const gone = (id: string): PlanResult => ({
  ok: false,
  reason: `The objective ${q(id)} no longer exists; the findings will refresh.`,
});

export function planFix(fix: Fix, ctx: FixContext, target?: string | null): PlanResult {
  if (fix.kind === 'add-objective') return ok(planAddObjective(fix, ctx));
  const objective = ctx.objectives.find((o) => o.id === fix.objective);
  if (!objective) return gone(fix.objective);
  switch (fix.kind) {
    case 'rename':
      return ok({
        calls: [
          {
            method: 'PATCH',
            path: paths.objective(ctx.ws, ctx.sc, objective.id),
            body: { name: fix.to },
            version: objective.version,
            does: `rename ${q(objective.name)}`,
          },
        ],
        done: `Renamed ${q(objective.name)} to ${q(fix.to)}.`,
        effects: [`Renames ${q(objective.name)} to ${q(fix.to)}.`],
        destructive: false,
        created: null,
      });
    case 'add-kpi': {
      const name = placeholderKpiName(objective.name, fix.indicator);
      const id = freeId(
        name,
        ctx.kpis.map((k) => k.id),
        'kpi',
      );
      return ok({
        calls: [
          {
            method: 'POST',
            path: paths.kpis(ctx.ws, ctx.sc),
            // The objective's owner is the natural first owner of its measure.
            body: {
              objective: objective.id,
              id,
              name,
              indicator: fix.indicator,
              ...(objective.owner ? { owner: objective.owner } : {}),
            },
            does: `add a ${fix.indicator} KPI to ${q(objective.name)}`,
          },
        ],
        done: `Added the ${fix.indicator} KPI ${q(name)} to ${q(objective.name)}.`,
        effects: [
          `Adds the ${fix.indicator} KPI ${q(name)} to ${q(objective.name)}; give it a unit, a target and values next.`,
        ],
        destructive: false,
        created: { kind: 'kpi', id },
      });
    }
    case 'move-to-kpi':
    case 'move-to-initiative':
      if (!target) return { ok: false, reason: 'Choose the objective it belongs to.' };
      return planMove(fix, objective, ctx, target);
  }
}

function planAddObjective(fix: Extract<Fix, { kind: 'add-objective' }>, ctx: FixContext): FixPlan {
  const id = freeId(
    fix.name,
    ctx.objectives.map((o) => o.id),
    'objective',
  );
  const forWhom = fix.stakeholder ? ` for ${fix.stakeholder}` : '';
  return {
    calls: [
      {
        method: 'POST',
        path: paths.objectives(ctx.ws, ctx.sc),
        body: {
          id,
          name: fix.name,
          perspective: fix.perspective,
          ...(fix.stakeholder ? { stakeholder: fix.stakeholder } : {}),
        },
        does: `add the objective ${q(fix.name)}`,
      },
    ],
    done: `Added the objective ${q(fix.name)}${forWhom}.`,
    effects: [`Adds the objective ${q(fix.name)}${forWhom} to the ${fix.perspective} perspective.`],
    destructive: false,
    created: { kind: 'objective', id },
  };
}
