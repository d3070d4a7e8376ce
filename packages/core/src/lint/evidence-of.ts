import { scorecardEvidence } from '../evidence/evidence.ts';
import type { EvidenceReport, LinkEvidence } from '../evidence/types.ts';
import type { Strategy } from '../model/strategy.ts';
import { periodOf } from '../periods/period.ts';
import { latestValuePeriod } from '../scoring/latest.ts';
import { prepareStrategy, type PreparedStrategy } from '../scoring/prepare.ts';
import type { RuleContext } from './types.ts';

/**
 * The evidence report the hypothesis rules judge a scorecard by: its history up to the period
 * being linted, else up to its latest value (the data's own "now": the core reads no clock).
 * Memoised per strategy object, so the two rules, and every scorecard of one lint run, share one
 * prepared strategy and one report per scorecard.
 */
const memo = new WeakMap<
  Strategy,
  { readonly prepared: PreparedStrategy; readonly reports: Map<string, EvidenceReport | null> }
>();

export function evidenceFor(ctx: RuleContext): EvidenceReport | null {
  const { strategy, scorecard } = ctx;
  if (scorecard.links.length === 0) return null;
  let entry = memo.get(strategy);
  if (entry === undefined) {
    entry = { prepared: prepareStrategy(strategy), reports: new Map() };
    memo.set(strategy, entry);
  }
  const key = `${scorecard.id}\u0000${ctx.period?.key ?? ''}`;
  if (!entry.reports.has(key)) {
    const latest = latestValuePeriod(strategy, scorecard.id);
    const to = ctx.period ?? (latest === null ? null : periodOf(latest));
    entry.reports.set(
      key,
      to === null || !entry.prepared.scorecardById.has(scorecard.id)
        ? null
        : scorecardEvidence(entry.prepared, scorecard.id, to),
    );
  }
  return entry.reports.get(key) ?? null;
}

/** The objective's name, for messages. */
export function linkName(ctx: RuleContext, link: LinkEvidence): string {
  const name = (id: string) => ctx.scorecard.objectives.find((o) => o.id === id)?.name ?? id;
  return `"${name(link.from)}" → "${name(link.to)}"`;
}
