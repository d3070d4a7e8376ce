export * from './ast.ts';
export { parseFormula, type FormulaParse } from './parser.ts';
export { FormulaError, describeSpan, type FormulaProblem } from './errors.ts';
export {
  FORMULA_FUNCTIONS,
  FUNCTION_NAMES,
  MAX_PREV_PERIODS,
  type FunctionSpec,
} from './functions.ts';
export { checkFormulaTree, type ReferenceScope } from './check.ts';
export { compileFormula, NO_SLOT, formulaReads, type CompiledFormula } from './compile.ts';
export { evaluateFormula, type FormulaInputs } from './evaluate.ts';
export {
  checkStrategyFormulas,
  formulaSites,
  kpiKey,
  referenceScopes,
  type FormulaSite,
  type SiteProblem,
} from './strategy-formulas.ts';
