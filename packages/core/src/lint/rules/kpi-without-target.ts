import type { Category, RawFinding, RuleContext, Severity } from '../types.ts';
import { quote } from './helpers.ts';

export const id = 'kpi-without-target';
export const severity: Severity = 'warning';
export const category: Category = 'measurement';
export const description = 'A KPI has neither a target nor per-period targets.';

export function check({ scorecard }: RuleContext): RawFinding[] {
  return scorecard.objectives.flatMap((o) =>
    o.kpis
      // A KPI tracked without direction (optimization none) needs no target.
      .filter(
        (k) =>
          k.target === null && Object.keys(k.targets).length === 0 && k.optimization !== 'none',
      )
      .map((k) =>
        typeof k.formula === 'string'
          ? {
              objective: o.id,
              kpi: k.id,
              message: `Calculated KPI ${quote(k.name)} of ${quote(o.name)} has no target.`,
              why: 'Its formula gives a value each period, but without a target that value is not scored: the objective does not count it, and the map cannot colour it.',
              suggestion:
                'Set target (and baseline) in the unit the formula gives, e.g. 3 for a conversion rate of 3 %, or set optimization: none to track it without a score.',
            }
          : {
              objective: o.id,
              kpi: k.id,
              message: `KPI ${quote(k.name)} of ${quote(o.name)} has no target.`,
              why: 'Without a target a KPI cannot be scored against the strategy’s ambition; it shows a number but not whether the number is good enough.',
              suggestion:
                'Set target (or targets per period), with a baseline to measure progress from.',
            },
      ),
  );
}
