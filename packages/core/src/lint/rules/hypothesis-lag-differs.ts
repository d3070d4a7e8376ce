import { STEP_MONTHS } from '../../evidence/step.ts';
import type { LinkEvidence } from '../../evidence/types.ts';
import { formatLag } from '../../schema/lag.ts';
import type { Category, RawFinding, RuleContext, Severity } from '../types.ts';
import { evidenceFor, linkName } from '../evidence-of.ts';

export const id = 'hypothesis-lag-differs';
export const severity: Severity = 'info';
export const category: Category = 'cause-effect';
export const description =
  'The KPI history supports a link, but the effect follows the cause after a different delay than the link states.';

export function check(ctx: RuleContext): RawFinding[] {
  const report = evidenceFor(ctx);
  if (report === null) return [];
  return report.links
    .filter((l) => l.verdict === 'supported' && l.statedLag !== null && l.lag !== l.statedLag)
    .map((l) => ({
      objective: l.to,
      message: `The link ${linkName(ctx, l)} states a lag of ${lagText(l, l.statedLag ?? 0)}, but the data show ${lagText(l, l.lag ?? 0)}: ${l.reason}.`,
      why: 'A stated lag that is off makes reviews expect the effect too early (and call a working driver a failure) or too late (and wait too long to act).',
      suggestion: `If the data's delay is the real one, set lag: ${lagText(l, l.lag ?? 0)} on the link.`,
    }));
}

/** Steps as a lag the strategy file reads: "3 months", "1 quarter", "12 months" for two halves. */
function lagText(l: LinkEvidence, count: number): string {
  if (l.step === 'quarter') return formatLag({ count, unit: 'quarter' });
  if (l.step === 'year') return formatLag({ count, unit: 'year' });
  return formatLag({ count: count * STEP_MONTHS[l.step], unit: 'month' });
}
