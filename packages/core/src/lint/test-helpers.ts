import type { Objective, Scorecard, Strategy } from '../model/strategy.ts';
import { perspectiveId } from '../model/ids.ts';
import { lintStrategy, type LintOptions } from './engine.ts';
import { RULES_BY_ID } from './rules/index.ts';
import type { Finding } from './types.ts';

/** Runs one rule over one scorecard; tests read as "this scorecard makes that rule fire". */
export function findingsOf(
  ruleId: string,
  scorecard: Scorecard,
  options: Omit<LintOptions, 'rules'> & { strategy?: Partial<Strategy> } = {},
): readonly Finding[] {
  const rule = RULES_BY_ID.get(ruleId);
  if (rule === undefined) throw new Error(`no rule ${ruleId}`);
  const strategy: Strategy = {
    version: 1,
    organization: null,
    scorecards: [scorecard],
    ...options.strategy,
  };
  return lintStrategy(strategy, { ...options, rules: [rule] }).scorecards[0]!.findings;
}

export const customer = perspectiveId('customer');
export const financial = perspectiveId('financial');
export const internal = perspectiveId('internal');
export const learning = perspectiveId('learning');

export type { Objective };
