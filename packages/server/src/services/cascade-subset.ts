import { type ScorecardId, type Strategy, parseFormula, referencesOf } from '@bearing/core';

/**
 * The part of a strategy that one scorecard's scores depend on: the scorecard and every
 * scorecard whose objectives cascade into it (`contributesTo`) or whose KPIs its calculated KPIs
 * read (`[other/kpi]` in a formula), transitively, in file order.
 * Scoring a scorecard reads nothing else (scoring.md: a scorecard's cascade), so preparing this
 * subset gives the same scores as preparing the whole workspace, at the cost of the subset: a
 * department's own 60 KPIs instead of the enterprise's 60,000. Null when the subset is the whole
 * strategy (prepare that once instead).
 */
export function cascadeSubset(strategy: Strategy, scorecard: ScorecardId): Strategy | null {
  const feeders = new Map<string, Set<string>>();
  for (const card of strategy.scorecards) {
    for (const objective of card.objectives) {
      const target = objective.contributesTo?.scorecard;
      if (target === undefined || target === card.id) continue;
      let set = feeders.get(target);
      if (set === undefined) feeders.set(target, (set = new Set()));
      set.add(card.id);
    }
    for (const other of formulaScorecards(card)) {
      if (other === card.id) continue;
      let set = feeders.get(card.id);
      if (set === undefined) feeders.set(card.id, (set = new Set()));
      set.add(other);
    }
  }
  const needed = new Set<string>([scorecard]);
  const stack: string[] = [scorecard];
  while (stack.length > 0) {
    for (const feeder of feeders.get(stack.pop()!) ?? []) {
      if (!needed.has(feeder)) {
        needed.add(feeder);
        stack.push(feeder);
      }
    }
  }
  if (needed.size >= strategy.scorecards.length) return null;
  return { ...strategy, scorecards: strategy.scorecards.filter((c) => needed.has(c.id)) };
}

/** The scorecards a card's formulas name (`[other/kpi]`). */
function formulaScorecards(card: Strategy['scorecards'][number]): string[] {
  const out: string[] = [];
  for (const objective of card.objectives) {
    for (const kpi of objective.kpis) {
      if (typeof kpi.formula !== 'string' || !kpi.formula.includes('/')) continue;
      const parsed = parseFormula(kpi.formula);
      if (!parsed.ok) continue;
      for (const ref of referencesOf(parsed.tree))
        if (ref.scorecard !== null) out.push(ref.scorecard);
    }
  }
  return out;
}
