import { referencesOf } from '../formulas/ast.ts';
import { parseFormula } from '../formulas/parser.ts';
import { checkStrategyFormulas } from '../formulas/strategy-formulas.ts';
import { kpiId, objectiveId, perspectiveId, type ScorecardId } from '../model/ids.ts';
import type { Kpi, Objective, Strategy } from '../model/strategy.ts';
import type { Period } from '../periods/period.ts';
import { explainCalculatedKpi, type FormulaInput } from './explain-formula.ts';
import { prepareStrategy } from './prepare.ts';

export interface FormulaPreviewProblem {
  readonly code: 'FORMULA' | 'BROKEN_REFERENCE' | 'CYCLE';
  readonly message: string;
  readonly hint: string | null;
  /** 0-based offsets into the formula; `end` exclusive. */
  readonly start: number;
  readonly end: number;
}

export interface FormulaPreview {
  readonly ok: boolean;
  readonly problems: readonly FormulaPreviewProblem[];
  readonly period: string;
  readonly value: number | null;
  readonly stale: boolean;
  readonly inputs: readonly FormulaInput[];
}

export interface FormulaPreviewRequest {
  readonly scorecard: ScorecardId;
  /** The KPI being edited (its formula is replaced), or null for a KPI not created yet. */
  readonly kpi: string | null;
  readonly formula: string;
  readonly period: Period;
}

/** The id a not-yet-created KPI takes in a preview; ids cannot start with a dot in the file. */
const DRAFT_ID = kpiId('.draft');

/**
 * What a formula would give if a KPI had it: every problem the file's checks would report for it
 * (syntax, functions, references, a cycle through the KPI being edited) with its span, and its
 * value as of `period` with the inputs read — computed by the engine on the would-be strategy, so
 * the preview is what scoring will show once the KPI is saved.
 */
export function previewFormula(strategy: Strategy, request: FormulaPreviewRequest): FormulaPreview {
  const draftId = request.kpi === null ? DRAFT_ID : kpiId(request.kpi);
  const would = withFormula(strategy, request.scorecard, draftId, request.formula);
  const problems = checkStrategyFormulas(would)
    .filter((p) => p.site.scorecard === request.scorecard && p.site.kpi === draftId)
    .map((p) => ({ code: p.code, message: p.message, hint: p.hint, ...p.span }));
  const empty = { period: request.period.key, value: null, stale: false, inputs: [] };
  if (problems.length > 0) return { ok: false, problems, ...empty };
  // Only the scorecards the formula reads, through other formulas too: a keystroke in a
  // department's KPI form must not prepare the whole enterprise.
  const prepared = prepareStrategy(formulaClosure(would, request.scorecard));
  const pk = prepared.scorecardById.get(request.scorecard)?.kpiById.get(draftId);
  if (pk === undefined) return { ok: true, problems, ...empty };
  const parts = explainCalculatedKpi(prepared, pk, request.period);
  return {
    ok: true,
    problems,
    period: request.period.key,
    value: parts.score.value,
    stale: parts.score.stale,
    inputs: parts.inputs,
  };
}

/** The strategy with the KPI's formula set (or a draft KPI added to the scorecard). */
function withFormula(
  strategy: Strategy,
  scorecard: ScorecardId,
  id: Kpi['id'],
  formula: string,
): Strategy {
  return {
    ...strategy,
    scorecards: strategy.scorecards.map((s) => {
      if (s.id !== scorecard) return s;
      const exists = s.objectives.some((o) => o.kpis.some((k) => k.id === id));
      if (exists) {
        return {
          ...s,
          objectives: s.objectives.map((o) => ({
            ...o,
            kpis: o.kpis.map((k) => (k.id === id ? { ...k, formula, values: [] } : k)),
          })),
        };
      }
      return {
        ...s,
        objectives: [...s.objectives, draftObjective(s.perspectives[0]?.id, id, formula)],
      };
    }),
  };
}

function draftObjective(
  perspective: string | undefined,
  id: Kpi['id'],
  formula: string,
): Objective {
  return {
    id: objectiveId('.draft'),
    name: 'Draft',
    perspective: perspectiveId(perspective ?? 'financial'),
    weight: 0,
    rollup: 'weighted',
    owner: null,
    description: null,
    parent: null,
    contributesTo: null,
    initiatives: [],
    kpis: [
      {
        id,
        name: 'Draft',
        description: null,
        unit: null,
        indicator: null,
        optimization: 'none',
        baseline: null,
        target: null,
        targets: {},
        min: null,
        max: null,
        weight: 0,
        frequency: 'monthly',
        aggregation: 'last',
        carryForward: false,
        thresholds: null,
        allowNegative: false,
        owner: null,
        formula,
        values: [],
      },
    ],
  };
}

/** The strategy narrowed to a scorecard and every scorecard its formulas read, transitively. */
function formulaClosure(strategy: Strategy, scorecard: ScorecardId): Strategy {
  const byId = new Map(strategy.scorecards.map((s) => [s.id as string, s]));
  const needed = new Set<string>([scorecard]);
  const stack: string[] = [scorecard];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    for (const o of byId.get(id)?.objectives ?? []) {
      for (const k of o.kpis) {
        if (typeof k.formula !== 'string') continue;
        const parsed = parseFormula(k.formula);
        if (!parsed.ok) continue;
        for (const ref of referencesOf(parsed.tree)) {
          const other = ref.scorecard ?? id;
          if (!needed.has(other)) {
            needed.add(other);
            stack.push(other);
          }
        }
      }
    }
  }
  return { ...strategy, scorecards: strategy.scorecards.filter((s) => needed.has(s.id)) };
}
