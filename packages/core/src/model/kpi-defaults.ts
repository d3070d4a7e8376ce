import type { Kpi } from './strategy.ts';

/**
 * What a KPI is when the strategy file leaves a field out: the parser fills these in, the
 * serializer leaves them out again, and the web's forms start from them. One list, so the three
 * can never disagree.
 */
export const KPI_DEFAULTS = {
  optimization: 'maximize',
  weight: 1,
  frequency: 'monthly',
  aggregation: 'last',
  carryForward: false,
  allowNegative: false,
} as const satisfies Partial<Kpi>;
