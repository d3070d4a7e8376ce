/** Evidence as the API sends it, for tests: one link with overrides, a report, a series. */
import type {
  EvidenceReportResponse,
  LinkEvidenceResponse,
  LinkSeriesResponse,
} from '@bearing/core';

export function evidenceLink(overrides: Partial<LinkEvidenceResponse> = {}): LinkEvidenceResponse {
  return {
    from: 'qa',
    to: 'quality',
    verdict: 'supported',
    lag: 2,
    step: 'month',
    statedLag: 2,
    correlation: 0.71,
    pValue: 0.004,
    qValue: 0.02,
    n: 29,
    reason: 'returns fell 2 months after QA hours rose, in 29 months of data',
    ...overrides,
  };
}

export function evidenceReport(links: readonly LinkEvidenceResponse[]): EvidenceReportResponse {
  return { scorecard: 'corp', to: '2027-06', links };
}

export function linkSeries(
  cause: readonly (number | null)[],
  effect: readonly (number | null)[],
  periods: readonly string[],
): LinkSeriesResponse {
  return {
    from: 'qa',
    to: 'quality',
    step: 'month',
    cause: {
      name: 'QA hours',
      points: periods.map((period, i) => ({ period, score: cause[i] ?? null })),
    },
    effect: {
      name: 'Returns',
      points: periods.map((period, i) => ({ period, score: effect[i] ?? null })),
    },
  };
}
