import {
  VERDICT_LABELS,
  formatCorrelation,
  formatEvidenceLag,
  formatPValue,
} from '../evidence/format.ts';
import type { EvidenceReport } from '../evidence/types.ts';
import type { Block } from './block.ts';

/**
 * The "Evidence" section of a scorecard: what its KPI history says about each link (the same
 * report as `bearing evidence`), with the caveat a reader of a strategy document needs.
 */
export function evidenceBlocks(
  report: EvidenceReport | undefined,
  name: (id: string) => string,
): Block[] {
  if (report === undefined || report.links.length === 0) return [];
  return [
    { kind: 'heading', level: 3, text: 'Evidence' },
    {
      kind: 'paragraph',
      text: `What the KPI history up to ${report.to} says about each link: whether the effect's changes followed the cause's, at the lag where they did most strongly, with a p-value adjusted for the number of links. Correlation is not causation: a supported link is a hypothesis the data have not refuted; an inconclusive one is not disproved.`,
    },
    {
      kind: 'table',
      head: ['Link', 'Verdict', 'Lag', 'r', 'Adj. p', 'n', 'Reason'],
      rows: report.links.map((l) => [
        `${name(l.from)} → ${name(l.to)}`,
        VERDICT_LABELS[l.verdict],
        formatEvidenceLag(l),
        formatCorrelation(l.correlation),
        formatPValue(l.qValue),
        String(l.n),
        l.reason,
      ]),
    },
  ];
}
