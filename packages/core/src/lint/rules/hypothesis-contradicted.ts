import type { Category, RawFinding, RuleContext, Severity } from '../types.ts';
import { evidenceFor, linkName } from '../evidence-of.ts';

export const id = 'hypothesis-contradicted';
export const severity: Severity = 'warning';
export const category: Category = 'cause-effect';
export const description =
  'The KPI history contradicts a cause-effect link: the effect moved against the cause (bearing evidence).';

export function check(ctx: RuleContext): RawFinding[] {
  const report = evidenceFor(ctx);
  if (report === null) return [];
  return report.links
    .filter((l) => l.verdict === 'contradicted')
    .map((l) => ({
      objective: l.to,
      message: `The data contradict the link ${linkName(ctx, l)}: ${l.reason} (history up to ${report.to}).`,
      why: 'Each arrow claims that improving the cause improves the effect. Here the effect got worse as the cause improved: effort spent on this driver may be hurting the result it is meant to serve.',
      suggestion:
        'Revisit the link (is the cause really a driver of this effect, and with this delay?) or the measures (do the two objectives\u2019 KPIs measure what the hypothesis is about? name them with evidence: {cause, effect}). Run bearing evidence to see the figures.',
    }));
}
