import { findCycles } from '../graph/cycles.ts';
import type { Strategy } from '../model/strategy.ts';
import { referencesOf, type FormulaNode } from './ast.ts';
import { checkFormulaTree, type ReferenceScope } from './check.ts';
import { problemAt, type FormulaProblem } from './errors.ts';
import { parseFormula } from './parser.ts';

/** A calculated KPI of a strategy, where it sits, and its parsed formula. */
export interface FormulaSite {
  readonly scorecard: string;
  readonly kpi: string;
  /** Indices into scorecards, objectives and kpis: the path of the KPI in the file. */
  readonly at: readonly [number, number, number];
  readonly formula: string;
  readonly tree: FormulaNode | null;
}

export interface SiteProblem extends FormulaProblem {
  readonly site: FormulaSite;
  readonly code: 'FORMULA' | 'BROKEN_REFERENCE' | 'CYCLE';
}

/** The qualified key of a KPI: `scorecard/kpi`, the way cross-scorecard references write it. */
export function kpiKey(scorecard: string, kpi: string): string {
  return `${scorecard}/${kpi}`;
}

/** Every calculated KPI of a strategy, parsed (a tree of null when the text does not parse). */
export function formulaSites(strategy: Strategy): FormulaSite[] {
  const sites: FormulaSite[] = [];
  strategy.scorecards.forEach((s, i) => {
    s.objectives.forEach((o, j) => {
      o.kpis.forEach((k, l) => {
        if (k.formula === undefined || k.formula === null) return;
        const parsed = parseFormula(k.formula);
        sites.push({
          scorecard: s.id,
          kpi: k.id,
          at: [i, j, l],
          formula: k.formula,
          tree: parsed.ok ? parsed.tree : null,
        });
      });
    });
  });
  return sites;
}

/** Which KPI ids each scorecard has: what a reference may name. */
export function referenceScopes(strategy: Strategy): ReadonlyMap<string, readonly string[]> {
  return new Map(
    strategy.scorecards.map((s) => [s.id, s.objectives.flatMap((o) => o.kpis.map((k) => k.id))]),
  );
}

/**
 * Every formula problem of a strategy, all at once: syntax, functions and their arguments,
 * references, and cycles between calculated KPIs (each cycle once, naming its KPIs).
 */
export function checkStrategyFormulas(strategy: Strategy): SiteProblem[] {
  const sites = formulaSites(strategy);
  if (sites.length === 0) return [];
  const kpis = referenceScopes(strategy);
  const problems: SiteProblem[] = [];
  for (const site of sites) {
    if (site.tree === null) {
      const parsed = parseFormula(site.formula);
      if (!parsed.ok) {
        const { message, span, hint } = parsed.error;
        problems.push({ ...problemAt(message, span, hint), site, code: 'FORMULA' });
      }
      continue;
    }
    const scope: ReferenceScope = { scorecard: site.scorecard, kpis };
    for (const p of checkFormulaTree(site.tree, scope)) {
      const code = p.message.startsWith('no ') ? 'BROKEN_REFERENCE' : 'FORMULA';
      problems.push({ ...p, site, code });
    }
  }
  problems.push(...formulaCycles(sites));
  return problems;
}

/** A calculated KPI that depends on itself, directly or through others, has no value. */
function formulaCycles(sites: readonly FormulaSite[]): SiteProblem[] {
  const byKey = new Map(sites.map((s) => [kpiKey(s.scorecard, s.kpi), s]));
  const edges = (key: string): string[] => {
    const site = byKey.get(key);
    if (site?.tree == null) return [];
    return referencesOf(site.tree)
      .map((r) => kpiKey(r.scorecard ?? site.scorecard, r.kpi))
      .filter((k) => byKey.has(k));
  };
  return findCycles(byKey.keys(), edges).map((cycle) => {
    const site = byKey.get(cycle[0]!)!;
    const names = [...cycle, cycle[0]!].map((k) => shortKey(k, site.scorecard));
    return {
      ...problemAt(`calculated KPIs depend on themselves: ${names.join(' → ')}`, {
        start: 0,
        end: site.formula.length,
      }),
      hint: 'a formula cannot use its own value; remove one reference in the cycle',
      site,
      code: 'CYCLE' as const,
    };
  });
}

function shortKey(key: string, scorecard: string): string {
  return key.startsWith(`${scorecard}/`) ? key.slice(scorecard.length + 1) : key;
}
