import { DEFAULT_PERSPECTIVES, parseFormula, referencesOf } from '@bearing/core';
import { type Executor, type KpiIndexEntry, listKpiIndex } from '@bearing/db';
import type { StrategyDraft } from './strategy-edit.service.ts';

type Node = Record<string, unknown>;

/**
 * A checked write loads one scorecard in full (strategy-scope.ts). A calculated KPI may read KPIs
 * of other scorecards (`[other/kpi]`), and those may be calculated in turn, so when any formula of
 * the draft names another scorecard, every other scorecard's KPIs join the draft as skeletons —
 * ids, names and formulas, no values — and the file's checks see every reference and every cycle
 * through them. Nothing is loaded for the common case of formulas within one scorecard.
 */
export async function addFormulaScope(
  trx: Executor,
  workspace: string,
  draft: StrategyDraft,
  edited: string | null,
): Promise<void> {
  const cards = draft.list(draft.doc, 'scorecards');
  if (!cards.some((card) => namesOtherScorecard(card))) return;
  const byCard = new Map<string, KpiIndexEntry[]>();
  for (const entry of await listKpiIndex(trx, workspace)) {
    if (entry.scorecard === edited) continue;
    const list = byCard.get(entry.scorecard);
    if (list === undefined) byCard.set(entry.scorecard, [entry]);
    else list.push(entry);
  }
  for (const [id, entries] of byCard) {
    const present = cards.find((c) => c.id === id);
    if (present === undefined) cards.push(skeletonCard(id, entries));
    else fillKpis(draft, present, entries);
  }
}

function namesOtherScorecard(card: Node): boolean {
  for (const objective of (card.objectives as Node[] | undefined) ?? []) {
    for (const kpi of (objective.kpis as Node[] | undefined) ?? []) {
      const formula = kpi.formula;
      if (typeof formula !== 'string' || !formula.includes('/')) continue;
      const parsed = parseFormula(formula);
      if (parsed.ok && referencesOf(parsed.tree).some((r) => r.scorecard !== null)) return true;
    }
  }
  return false;
}

function skeletonKpi(e: KpiIndexEntry): Node {
  return e.formula === null
    ? { id: e.id, name: e.name }
    : { id: e.id, name: e.name, formula: e.formula };
}

function skeletonCard(id: string, entries: readonly KpiIndexEntry[]): Node {
  const perspectives = [...new Set(entries.map((e) => e.perspective))];
  const objectives = new Map<string, Node>();
  for (const e of entries) {
    let o = objectives.get(e.objective);
    if (o === undefined) {
      o = { id: e.objective, name: e.objective, perspective: e.perspective, kpis: [] };
      objectives.set(e.objective, o);
    }
    (o.kpis as Node[]).push(skeletonKpi(e));
  }
  return {
    id,
    name: entries[0]?.scorecardName ?? id,
    perspectives:
      perspectives.length === 0
        ? DEFAULT_PERSPECTIVES.map((p) => ({ ...p }))
        : perspectives.map((p) => ({ id: p, name: p })),
    objectives: [...objectives.values()],
  };
}

/** A scorecard already in the draft as a roll-up skeleton gains its objectives' KPI skeletons. */
function fillKpis(draft: StrategyDraft, card: Node, entries: readonly KpiIndexEntry[]): void {
  const objectives = draft.list(card, 'objectives');
  for (const e of entries) {
    const o = objectives.find((x) => x.id === e.objective);
    if (o !== undefined) draft.list(o, 'kpis').push(skeletonKpi(e));
  }
}
