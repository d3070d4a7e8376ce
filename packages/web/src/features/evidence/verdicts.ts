/**
 * How each verdict reads on screen: its order in lists (the news first: a contradicted hypothesis
 * is what a strategy office must act on), and how a link is drawn. The drawing never relies on
 * colour alone: each verdict has its own dash pattern, and its label goes into the link's title.
 */
import {
  formatCorrelation,
  formatEvidenceLag,
  formatPValue,
  VERDICT_LABELS,
  type EvidenceVerdict,
  type LinkEvidenceResponse,
} from '@bearing/core';

export const VERDICT_ORDER: readonly EvidenceVerdict[] = [
  'contradicted',
  'supported',
  'inconclusive',
  'insufficient-data',
];

/** Contradicted first, then supported, inconclusive, insufficient data; ties keep map order. */
export function sortByVerdict<T extends Pick<LinkEvidenceResponse, 'verdict'>>(
  links: readonly T[],
): T[] {
  const rank = (link: T) => VERDICT_ORDER.indexOf(link.verdict);
  return links
    .map((link, index) => ({ link, index }))
    .sort((a, b) => rank(a.link) - rank(b.link) || a.index - b.index)
    .map(({ link }) => link);
}

export interface VerdictStyle {
  /** SVG stroke-dasharray; null for a solid line. */
  readonly dash: string | null;
  /** Mantine colour name for badges. */
  readonly color: string;
  /** How strongly the line is drawn (insufficient data is faint: the map has no news there). */
  readonly opacity: number;
}

export const VERDICT_STYLES: Readonly<Record<EvidenceVerdict, VerdictStyle>> = {
  supported: { dash: null, color: 'teal', opacity: 1 },
  contradicted: { dash: '10 3 2 3', color: 'red', opacity: 1 },
  inconclusive: { dash: '6 4', color: 'gray', opacity: 1 },
  'insufficient-data': { dash: '1 4', color: 'gray', opacity: 0.45 },
};

/** "Evidence: contradicted": what a link's title and aria label say besides its names. */
export function verdictPhrase(verdict: EvidenceVerdict): string {
  return `Evidence: ${VERDICT_LABELS[verdict]}`;
}

/** The figures of a link, labelled, for the panel and the Evidence view. */
export function evidenceFigures(link: LinkEvidenceResponse): { label: string; value: string }[] {
  return [
    { label: 'Lag', value: formatEvidenceLag(link) },
    {
      label: 'Stated lag',
      value: link.statedLag === null ? 'none' : formatEvidenceLag({ ...link, lag: link.statedLag }),
    },
    { label: 'Correlation r', value: formatCorrelation(link.correlation) },
    { label: 'p', value: formatPValue(link.pValue) },
    { label: 'q (adjusted)', value: formatPValue(link.qValue) },
    { label: 'n', value: String(link.n) },
  ];
}

/** The API's key of a link (`from->to`), as the map's edges and the URL use it. */
export const linkKey = (link: { from: string; to: string }): string => `${link.from}->${link.to}`;

/** The report's links by key. */
export function evidenceByLink(
  links: readonly LinkEvidenceResponse[] | undefined,
): ReadonlyMap<string, LinkEvidenceResponse> {
  return new Map((links ?? []).map((link) => [linkKey(link), link]));
}
