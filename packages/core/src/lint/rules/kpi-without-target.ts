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
      .map((k) => ({
        objective: o.id,
        kpi: k.id,
        message: `KPI ${quote(k.name)} of ${quote(o.name)} has no target.`,
        why: 'Without a target a KPI cannot be scored against the strategy’s ambition; it shows a number but not whether the number is good enough.',
        suggestion: 'Set target (or targets per period), with a baseline to measure progress from.',
      })),
  );
}
