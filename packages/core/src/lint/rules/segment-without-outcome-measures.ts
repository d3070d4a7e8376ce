import type { Category, RawFinding, RuleContext, Severity } from '../types.ts';

export const id = 'segment-without-outcome-measures';
export const severity: Severity = 'warning';
export const category: Category = 'customer';
export const description =
  'A targeted customer segment has no outcome measure (a KPI with segment and outcome: acquisition, satisfaction, retention, profitability, market-share or account-share).';

export function check({ scorecard }: RuleContext): RawFinding[] {
  const segments = (scorecard.customer?.segments ?? []).filter((s) => s.targeted);
  const measured = new Set(
    scorecard.objectives.flatMap((o) =>
      o.kpis.filter((k) => (k.outcome ?? null) !== null).map((k) => k.segment ?? null),
    ),
  );
  return segments
    .filter((s) => !measured.has(s.id))
    .map((s) => ({
      message: `Targeted segment "${s.name}" has no outcome measure.`,
      why: 'Choosing a segment is a bet that the value proposition wins it. Only outcome measures for that segment (satisfaction, retention, acquisition, share) show whether the bet pays off.',
      suggestion: `Add lagging KPIs with segment: ${s.id} and an outcome, e.g. retention or market-share for ${s.name}.`,
    }));
}
