/**
 * Lint settings carried in a strategy file. The linter itself lives in `lint/`; the model only
 * holds what the file says, so a strategy round-trips with its settings.
 */
export const LINT_LEVELS = ['off', 'error', 'warning', 'info'] as const;
export type LintLevel = (typeof LINT_LEVELS)[number];

/** `off | error | warning | info`, or `{level, ...options}` for rules with options. */
export type RuleSetting =
  LintLevel | { readonly level?: LintLevel; readonly [option: string]: unknown };

export interface StrategyLintSettings {
  readonly rules: Readonly<Record<string, RuleSetting>>;
}

/** A justified suppression on one objective: the report lists it with its reason. */
export interface ObjectiveLintSuppression {
  readonly ignore: readonly string[];
  readonly reason: string;
}
