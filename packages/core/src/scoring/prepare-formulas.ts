import { compileFormula, NO_SLOT, type CompiledFormula } from '../formulas/compile.ts';
import { parseFormula } from '../formulas/parser.ts';
import type { PreparedObjective, PreparedScorecard } from './prepare.ts';

/**
 * Each KPI's formula compiled against the prepared strategy (its references as KPI indices), by
 * KPI index; null for an entered KPI. A formula that does not parse, or a reference that names
 * nothing, scores as null: validation refuses both, and scoring never throws on data.
 */
export function compileStrategyFormulas(
  objectives: readonly PreparedObjective[],
  scorecardById: ReadonlyMap<string, PreparedScorecard>,
  kpiCount: number,
): (CompiledFormula | null)[] {
  const out: (CompiledFormula | null)[] = [];
  let any = false;
  for (const po of objectives) {
    for (const pk of po.kpis) {
      const text = pk.kpi.formula;
      if (text === undefined || text === null) continue;
      if (!any) {
        out.length = kpiCount;
        out.fill(null);
        any = true;
      }
      const parsed = parseFormula(text);
      out[pk.index] = parsed.ok
        ? compileFormula(parsed.tree, (ref) => {
            const card = scorecardById.get(ref.scorecard ?? po.scorecard.id);
            return card?.kpiById.get(ref.kpi)?.index ?? NO_SLOT;
          })
        : { k: 'num', value: NaN };
    }
  }
  return out;
}
