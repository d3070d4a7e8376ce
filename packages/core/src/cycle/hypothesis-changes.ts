import type { EvidenceReport } from '../evidence/types.ts';

/**
 * "A hypothesis became contradicted" (docs/notifications.md): the scan compares each
 * cause-effect link's evidence verdict with the last one it saw, kept as a status mark under
 * `link:<scorecard>/<from>-><to>`. As with KPI statuses, the first sight of a link only records
 * it, so installing Bearing or importing a strategy announces nothing; a link is announced when
 * its verdict turns to contradicted from anything else.
 */
export interface LinkVerdictSeen {
  readonly subject: string;
  readonly scorecard: string;
  readonly scorecardName: string;
  readonly from: string;
  readonly to: string;
  readonly verdict: string;
  readonly reason: string;
  readonly period: string;
}

export interface HypothesisScan {
  readonly contradicted: readonly { readonly link: LinkVerdictSeen; readonly previous: string }[];
  readonly marks: readonly {
    readonly subject: string;
    readonly state: string;
    readonly period: string;
  }[];
}

export function linkVerdictsOf(report: EvidenceReport, scorecardName: string): LinkVerdictSeen[] {
  return report.links.map((link) => ({
    subject: `link:${report.scorecard}/${link.from}->${link.to}`,
    scorecard: report.scorecard,
    scorecardName,
    from: link.from,
    to: link.to,
    verdict: link.verdict,
    reason: link.reason,
    period: report.to,
  }));
}

export function scanVerdicts(
  marks: ReadonlyMap<string, string>,
  seen: readonly LinkVerdictSeen[],
): HypothesisScan {
  const contradicted: { link: LinkVerdictSeen; previous: string }[] = [];
  for (const link of seen) {
    const previous = marks.get(link.subject);
    if (previous !== undefined && previous !== 'contradicted' && link.verdict === 'contradicted') {
      contradicted.push({ link, previous });
    }
  }
  return {
    contradicted,
    marks: seen.map((l) => ({ subject: l.subject, state: l.verdict, period: l.period })),
  };
}
