import type { Category, RawFinding, RuleContext, Severity } from '../types.ts';
import { quote } from './helpers.ts';

export const id = 'kpi-without-owner';
export const severity: Severity = 'info';
export const category: Category = 'measurement';
export const description = 'A KPI has no owner.';

export function check({ scorecard }: RuleContext): RawFinding[] {
  return scorecard.objectives.flatMap((o) =>
    o.kpis
      .filter((k) => k.owner === null || k.owner.trim() === '')
      .map((k) => ({
        objective: o.id,
        kpi: k.id,
        message: `KPI ${quote(k.name)} of ${quote(o.name)} has no owner.`,
        why: 'A measure no one owns is updated late, and when it turns red no one explains it or acts on it.',
        suggestion: 'Set owner to the person or role who updates the values and answers for them.',
      })),
  );
}
