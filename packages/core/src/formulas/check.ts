import { closest } from '../schema/closest.ts';
import type { CallNode, FormulaNode, RefNode } from './ast.ts';
import { problemAt, type FormulaProblem } from './errors.ts';
import { FORMULA_FUNCTIONS, FUNCTION_NAMES, MAX_PREV_PERIODS } from './functions.ts';

/** What a reference may name: the KPIs of each scorecard, and the scorecard the formula is in. */
export interface ReferenceScope {
  readonly scorecard: string;
  /** KPI ids by scorecard id. */
  readonly kpis: ReadonlyMap<string, readonly string[]>;
}

/**
 * Every problem of a parsed formula that the syntax alone does not show: unknown functions,
 * argument counts, `prev`'s arguments, and references to KPIs that do not exist (each with a
 * did-you-mean). Cycles need every formula of the strategy and are checked by `formulaCycles`.
 */
export function checkFormulaTree(tree: FormulaNode, scope: ReferenceScope): FormulaProblem[] {
  const problems: FormulaProblem[] = [];
  const visit = (node: FormulaNode): void => {
    switch (node.kind) {
      case 'ref': {
        const problem = checkReference(node, scope);
        if (problem !== null) problems.push(problem);
        return;
      }
      case 'call':
        problems.push(...checkCall(node));
        node.args.forEach(visit);
        return;
      case 'unary':
        visit(node.operand);
        return;
      case 'binary':
        visit(node.left);
        visit(node.right);
        return;
      case 'number':
        return;
    }
  };
  visit(tree);
  return problems;
}

function checkCall(node: CallNode): FormulaProblem[] {
  const spec = FORMULA_FUNCTIONS[node.name];
  if (spec === undefined) {
    const guess = closest(node.name, FUNCTION_NAMES);
    return [
      problemAt(
        `unknown function "${node.name}"`,
        node.nameSpan,
        guess === null
          ? `the functions are ${FUNCTION_NAMES.join(', ')}`
          : `did you mean "${guess}"?`,
      ),
    ];
  }
  const n = node.args.length;
  if (n < spec.min || n > spec.max) {
    const expected =
      spec.max === Infinity
        ? `at least ${spec.min}`
        : spec.min === spec.max
          ? `${spec.min}`
          : `${spec.min} or ${spec.max}`;
    return [
      problemAt(
        `${node.name}() takes ${expected} argument${expected === '1' ? '' : 's'}, got ${n}`,
        node,
        spec.usage,
      ),
    ];
  }
  return node.name === 'prev' ? checkPrev(node) : [];
}

/** `prev` looks up a KPI's history: its first argument must be a reference, n a whole number. */
function checkPrev(node: CallNode): FormulaProblem[] {
  const [ref, n] = node.args;
  const problems: FormulaProblem[] = [];
  if (ref !== undefined && ref.kind !== 'ref') {
    problems.push(
      problemAt('prev() needs a KPI reference as its first argument', ref, 'e.g. prev([revenue])'),
    );
  }
  if (n !== undefined) {
    const whole = n.kind === 'number' && Number.isInteger(n.value);
    if (!whole || n.value < 1 || n.value > MAX_PREV_PERIODS) {
      problems.push(
        problemAt(
          `prev()'s second argument must be a whole number from 1 to ${MAX_PREV_PERIODS}`,
          n,
          'e.g. prev([revenue], 12) for the same month a year before',
        ),
      );
    }
  }
  return problems;
}

function checkReference(ref: RefNode, scope: ReferenceScope): FormulaProblem | null {
  const scorecard = ref.scorecard ?? scope.scorecard;
  const kpis = scope.kpis.get(scorecard);
  if (kpis === undefined) {
    const guess = closest(scorecard, [...scope.kpis.keys()]);
    return problemAt(
      `no scorecard "${scorecard}" for [${scorecard}/${ref.kpi}]`,
      ref,
      guess === null ? 'write [scorecard-id/kpi-id]' : `did you mean "${guess}"?`,
    );
  }
  if (kpis.includes(ref.kpi)) return null;
  const guess = closest(ref.kpi, kpis);
  const written = ref.scorecard === null ? ref.kpi : `${ref.scorecard}/${ref.kpi}`;
  const where = ref.scorecard === null ? 'this scorecard' : `scorecard "${scorecard}"`;
  return problemAt(
    `no KPI "${ref.kpi}" in ${where} for [${written}]`,
    ref,
    guess === null
      ? ref.scorecard === null
        ? 'for a KPI of another scorecard write [scorecard-id/kpi-id]'
        : null
      : `did you mean [${ref.scorecard === null ? '' : `${ref.scorecard}/`}${guess}]?`,
  );
}
