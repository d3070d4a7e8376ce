// Hypothesis evidence (evidence.md): what the KPI history says about each cause-effect link.
export { scorecardEvidence, strategyEvidence, type EvidenceOptions } from './evidence.ts';
export * from './evidence.schema.ts';
export * from './types.ts';
export { EVIDENCE_STEPS, type EvidenceStep } from './step.ts';
export { VERDICT_LABELS, formatCorrelation, formatEvidenceLag, formatPValue } from './format.ts';
export {
  linkSeries,
  linkSeriesSchema,
  type LinkSeries,
  type LinkSeriesResponse,
  type SeriesView,
} from './link-series.ts';
