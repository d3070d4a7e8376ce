/**
 * Plans a move: the objective becomes a KPI or an initiative of another objective. The
 * replacement and the re-pointed links are created first and the objective is deleted last, so a
 * failure part-way never loses it before its replacement exists.
 */
import { paths } from '../../api/paths.ts';
import type { ObjectiveRecord } from '../../api/types.ts';
import { listWords, objectiveName, q, type FixContext } from './fix-context.ts';
import type { MoveFix } from './move-target.ts';
import { freeId, lagText, ok, type ApiCall, type PlanResult } from './plan-parts.ts';

/** The replacement (KPI or initiative) on the target, in the file's syntax. */
function replacementCall(
  fix: MoveFix,
  objective: ObjectiveRecord,
  ctx: FixContext,
  target: string,
) {
  const carried = {
    ...(objective.owner ? { owner: objective.owner } : {}),
    ...(objective.description ? { description: objective.description } : {}),
  };
  const targetName = q(objectiveName(ctx, target));
  if (fix.kind === 'move-to-kpi') {
    const id = freeId(
      fix.kpi.name,
      ctx.kpis.map((k) => k.id),
      'kpi',
    );
    const measures = fix.kpi.outcome ? `, measuring ${fix.kpi.outcome},` : '';
    return {
      call: {
        method: 'POST',
        path: paths.kpis(ctx.ws, ctx.sc),
        body: {
          objective: target,
          id,
          name: fix.kpi.name,
          indicator: fix.kpi.indicator,
          ...(fix.kpi.outcome ? { outcome: fix.kpi.outcome } : {}),
          ...carried,
        },
        does: `add the KPI ${q(fix.kpi.name)} to ${targetName}`,
      } satisfies ApiCall,
      effect: `Adds the lagging KPI ${q(fix.kpi.name)}${measures} to ${targetName}.`,
      created: { kind: 'kpi', id } as const,
    };
  }
  const id = freeId(
    fix.initiative.name,
    ctx.initiatives.map((i) => i.id),
    'initiative',
  );
  return {
    call: {
      method: 'POST',
      path: paths.initiatives(ctx.ws, ctx.sc),
      body: { objective: target, id, name: fix.initiative.name, ...carried },
      does: `add the initiative ${q(fix.initiative.name)} to ${targetName}`,
    } satisfies ApiCall,
    effect: `Adds the initiative ${q(fix.initiative.name)} to ${targetName}.`,
    created: null,
  };
}

export function planMove(
  fix: MoveFix,
  objective: ObjectiveRecord,
  ctx: FixContext,
  target: string,
): PlanResult {
  if (target === objective.id || !ctx.objectives.some((o) => o.id === target)) {
    return { ok: false, reason: `Choose an objective other than ${q(objective.name)}.` };
  }
  const self = objective.id;
  const targetName = q(objectiveName(ctx, target));
  const replacement = replacementCall(fix, objective, ctx, target);
  // Links into the objective now point at the target, so the causes it had keep their effect.
  const incoming = ctx.links.filter((l) => l.to === self && l.from !== self);
  const kept = incoming.filter(
    (l) => l.from !== target && !ctx.links.some((m) => m.from === l.from && m.to === target),
  );
  const relink: ApiCall[] = kept.map((l) => ({
    method: 'POST',
    path: paths.links(ctx.ws, ctx.sc),
    body: {
      from: l.from,
      to: target,
      ...(l.hypothesis ? { hypothesis: l.hypothesis } : {}),
      ...(l.lag ? { lag: lagText(l.lag) } : {}),
    },
    does: `link ${q(objectiveName(ctx, l.from))} to ${targetName}`,
  }));
  const kpis = ctx.kpis.filter((k) => k.objective === self);
  const initiatives = ctx.initiatives.filter((i) => i.objective === self);
  const children = ctx.objectives.filter((o) => o.parent === self);
  // Lost with the objective: its links to anything but the target, and a loop back from the target.
  const dropped = ctx.links.filter(
    (l) =>
      (l.from === self && l.to !== target && l.to !== self) || (l.to === self && l.from === target),
  );
  const names = (ids: readonly string[]) => listWords(ids.map((id) => q(objectiveName(ctx, id))));
  const quoted = (list: readonly { name: string }[]) => listWords(list.map((x) => q(x.name)));
  const loses = [
    ...(kpis.length === 1 ? [`the KPI ${quoted(kpis)} (and its values)`] : []),
    ...(kpis.length > 1 ? [`the KPIs ${quoted(kpis)} (and their values)`] : []),
    ...(initiatives.length
      ? [`the ${initiatives.length === 1 ? 'initiative' : 'initiatives'} ${quoted(initiatives)}`]
      : []),
  ];
  const what = fix.kind === 'move-to-kpi' ? 'a KPI' : 'an initiative';
  const effects = [
    replacement.effect,
    ...(kept.length
      ? [
          `Points the ${kept.length === 1 ? 'link' : 'links'} from ${names(kept.map((l) => l.from))} to ${targetName} instead.`,
        ]
      : []),
    `Deletes ${q(objective.name)}${loses.length ? `, together with ${listWords(loses)}` : ''}.`,
    ...(dropped.length
      ? [
          `Removes its ${dropped.length === 1 ? 'link' : 'links'} with ${names(dropped.map((l) => (l.from === self ? l.to : l.from)))}.`,
        ]
      : []),
    ...(children.length
      ? [
          `${names(children.map((c) => c.id))} ${children.length === 1 ? 'is' : 'are'} no longer a sub-objective.`,
        ]
      : []),
  ];
  return ok({
    calls: [
      replacement.call,
      ...relink,
      {
        method: 'DELETE',
        path: paths.objective(ctx.ws, ctx.sc, self),
        version: objective.version,
        does: `delete ${q(objective.name)}`,
      },
    ],
    done: `${q(objective.name)} is now ${what} of ${targetName}.`,
    effects,
    destructive: loses.length > 0 || dropped.length > 0 || children.length > 0,
    created: replacement.created,
  });
}
