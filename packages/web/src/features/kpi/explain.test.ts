import { describe, expect, it } from 'vitest';
import {
  explainSteps,
  numberChips,
  readableStep,
  summary,
  verdict,
  type KpiExplanation,
} from './explain.ts';

/** The API's answer for the demo NPS in 2026-Q1 (packages/server explain route). */
const nps: KpiExplanation = {
  scorecard: 'acme',
  kpi: 'nps',
  name: 'Net Promoter Score',
  period: '2026-Q1',
  score: 0.32,
  status: 'red',
  value: 28,
  valuePeriod: '2026-03',
  stale: false,
  overdue: false,
  progress: 0.32,
  target: 45,
  baseline: 20,
  min: null,
  max: null,
  unit: null,
  optimization: 'maximize',
  thresholds: { green: 0.8, amber: 0.5 },
  thresholdsFrom: 'scorecard',
  steps: [
    {
      step: 'Used the value for 2026-03',
      formula: 'value = 28',
      numbers: { '2026-03': 28, value: 28 },
    },
    { step: 'Target in force: the KPI target', formula: 'target = 45', numbers: { target: 45 } },
    {
      step: 'Maximize on the scale 20..45',
      formula: 'clamp01((28 − 20) / (45 − 20)) = 0.32',
      numbers: { value: 28, score: 0.32, lo: 20, hi: 45 },
    },
    {
      step: "Status by the scorecard's thresholds",
      formula: '0.32 < amber 0.5 → red',
      numbers: { score: 0.32, green: 0.8, amber: 0.5 },
    },
  ],
};

describe('explaining a score', () => {
  it('keeps every step in order with its formula as the server wrote it', () => {
    const steps = explainSteps(nps);
    expect(steps.map((s) => s.title)).toEqual([
      'Used the value for Mar 2026',
      'Target in force: the KPI target',
      'Maximize on the scale 20..45',
      "Status by the scorecard's thresholds",
    ]);
    expect(steps[2]?.formula).toBe('clamp01((28 − 20) / (45 − 20)) = 0.32');
  });

  it('lists the values a step folded, by period, when there are several', () => {
    const folded: KpiExplanation = {
      ...nps,
      unit: 'h',
      steps: [
        {
          step: 'Folded 3 values within 2026-Q1 by average',
          formula: '(100 + 120 + 130) / 3 = 116.6667',
          numbers: { '2026-03': 130, '2026-02': 120, '2026-01': 100, value: 116.6667 },
        },
      ],
    };
    expect(explainSteps(folded)[0]).toEqual({
      title: 'Folded 3 values within Q1 2026 by average',
      formula: '(100 + 120 + 130) / 3 = 116.6667',
      numbers: [
        { label: 'Mar 2026', value: '130 h' },
        { label: 'Feb 2026', value: '120 h' },
        { label: 'Jan 2026', value: '100 h' },
      ],
    });
    expect(explainSteps(nps)[0]?.numbers).toEqual([]);
  });

  it('formats numbers: fractions as percent, the rest in the unit', () => {
    expect(numberChips({ score: 0.32, green: 0.8, lo: 20, value: null }, '%')).toEqual([
      { label: 'score', value: '32%' },
      { label: 'green from', value: '80%' },
      { label: 'scale low', value: '20%' },
      { label: 'value', value: '–' },
    ]);
  });

  it('humanises period keys in words only', () => {
    expect(readableStep('No value within 2026-Q1 (carryForward is off)')).toBe(
      'No value within Q1 2026 (carryForward is off)',
    );
    // Weeks and days have no shorter name; a target key in quotes is a year and stays as is.
    expect(readableStep('No value within 2026-W09')).toBe('No value within 2026-W09');
    expect(readableStep('Target in force: targets["2027"]')).toBe(
      'Target in force: targets["2027"]',
    );
    expect(readableStep('Target in force: targets["2026-04"]')).toBe(
      'Target in force: targets["2026-04"]',
    );
    expect(readableStep('carried forward the value of 2025-Q4 (stale)')).toBe(
      'carried forward the value of Q4 2025 (stale)',
    );
  });

  it('states the result with the threshold that decided it', () => {
    expect(verdict(nps)).toBe(
      "Off track: the score 32% is below amber (50%) (the scorecard's thresholds).",
    );
    expect(verdict({ ...nps, status: 'amber', score: 0.56 })).toBe(
      "At risk: the score 56% is below green (80%) but reaches amber at 50% (the scorecard's thresholds).",
    );
    expect(
      verdict({
        ...nps,
        status: 'green',
        score: 0.95,
        thresholdsFrom: 'kpi',
        thresholds: { green: 0.9, amber: 0.6 },
      }),
    ).toBe("On track: the score 95% reaches green at 90% (this KPI's own thresholds).");
    expect(verdict({ ...nps, status: 'none', score: null })).toBe(
      'No data: no score for Q1 2026, so no status.',
    );
  });

  it('sums up value against target, naming the period the value came from', () => {
    expect(summary(nps)).toBe('Q1 2026: value 28 (from Mar 2026) against target 45');
    expect(summary({ ...nps, period: '2026-03' })).toBe('Mar 2026: value 28 against target 45');
  });
});
