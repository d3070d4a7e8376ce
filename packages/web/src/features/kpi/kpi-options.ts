/** Choices of the KPI form, in the words of docs/strategy-file.md. */
import {
  AGGREGATIONS,
  CUSTOMER_OUTCOMES,
  FREQUENCIES,
  INDICATORS,
  OPTIMIZATIONS,
} from '@bearing/core';

const OPTIMIZATION_LABEL: Readonly<Record<string, string>> = {
  maximize: 'Maximize — higher is better',
  minimize: 'Minimize — lower is better',
  range: 'Range — best inside [low, high]',
  binary: 'Binary — met or not met',
  none: 'None — tracked, not scored',
};

const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1).replace('-', ' ');

export const OPTIMIZATION_OPTIONS = OPTIMIZATIONS.map((value) => ({
  value,
  label: OPTIMIZATION_LABEL[value] ?? value,
}));

export const INDICATOR_OPTIONS = [
  { value: '', label: 'Not set' },
  ...INDICATORS.map((value) => ({
    value,
    label: value === 'leading' ? 'Leading — a driver' : 'Lagging — a result',
  })),
];

export const FREQUENCY_OPTIONS = FREQUENCIES.map((value) => ({ value, label: cap(value) }));

export const AGGREGATION_OPTIONS = AGGREGATIONS.map((value) => ({ value, label: cap(value) }));

export const OUTCOME_OPTIONS = [
  { value: '', label: 'Not set' },
  ...CUSTOMER_OUTCOMES.map((value) => ({ value, label: cap(value) })),
];
