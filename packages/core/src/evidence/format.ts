import { steps } from './reason.ts';
import type { EvidenceVerdict, LinkEvidence } from './types.ts';

/**
 * Display formatting of evidence figures, shared by the CLI's table and the strategy document
 * (the report itself is full precision). A dash stands for "not tested".
 */
const NONE = '–';

export const VERDICT_LABELS: Readonly<Record<EvidenceVerdict, string>> = {
  supported: 'supported',
  contradicted: 'contradicted',
  inconclusive: 'inconclusive',
  'insufficient-data': 'insufficient data',
};

/**
 * `2 months`; `3 months (stated 1)` when a significant relation's lag is not the map's (for an
 * inconclusive link the lag is only where the weak relation peaked: no news about the map).
 */
export function formatEvidenceLag(
  // Only the figures it reads, so a client's wire type (plain string ids) formats too.
  link: Pick<LinkEvidence, 'lag' | 'step' | 'statedLag' | 'verdict'>,
): string {
  if (link.lag === null) return NONE;
  const found = steps(link.lag, link.step);
  const significant = link.verdict === 'supported' || link.verdict === 'contradicted';
  return !significant || link.statedLag === null || link.statedLag === link.lag
    ? found
    : `${found} (stated ${link.statedLag})`;
}

/** `0.71`, `-0.54`. */
export function formatCorrelation(r: number | null): string {
  return r === null ? NONE : r.toFixed(2);
}

/** `0.004`; below a thousandth, `<0.001`. */
export function formatPValue(p: number | null): string {
  if (p === null) return NONE;
  return p < 0.001 ? '<0.001' : p.toFixed(3);
}
