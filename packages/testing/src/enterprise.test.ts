import { describe, expect, it } from 'vitest';
import { parseStrategyText, type Strategy } from '@bearing/core';
import { enterpriseToYaml, generateEnterprise } from './enterprise.ts';

const small = { seed: 7, scorecards: 12, kpisPerScorecard: 40, months: 24 } as const;

function objectivesOf(strategy: Strategy) {
  return strategy.scorecards.flatMap((card) => card.objectives.map((o) => ({ card, o })));
}

describe('generateEnterprise', () => {
  it('gives the same strategy for the same seed and a different one for another seed', () => {
    expect(generateEnterprise(small)).toEqual(generateEnterprise(small));
    expect(generateEnterprise({ ...small, seed: 8 })).not.toEqual(generateEnterprise(small));
  });

  it('builds the requested number of scorecards, KPIs and at most one value per month', () => {
    const strategy = generateEnterprise(small);
    expect(strategy.scorecards).toHaveLength(12);
    for (const card of strategy.scorecards) {
      const kpis = card.objectives.flatMap((o) => o.kpis);
      expect(kpis).toHaveLength(40);
      for (const kpi of kpis) {
        expect(kpi.values.length).toBeLessThanOrEqual(24);
        expect(new Set(kpi.values.map((v) => v.period)).size).toBe(kpi.values.length);
      }
    }
  });

  it('cascades three levels: one corporate scorecard, business units, departments', () => {
    const strategy = generateEnterprise({
      ...small,
      scorecards: 1000,
      kpisPerScorecard: 4,
      months: 1,
    });
    const ids = strategy.scorecards.map((c) => c.id);
    expect(ids.filter((id) => id === 'corp')).toHaveLength(1);
    expect(ids.filter((id) => id.startsWith('bu-'))).toHaveLength(30);
    expect(ids.filter((id) => id.startsWith('dept-'))).toHaveLength(969);
  });

  it('makes every objective below the top contribute to an objective of its parent scorecard', () => {
    const strategy = generateEnterprise(small);
    const byId = new Map(strategy.scorecards.map((c) => [c.id, c]));
    for (const { card, o } of objectivesOf(strategy)) {
      if (card.id === 'corp') {
        expect(o.contributesTo).toBeNull();
        continue;
      }
      const ref = o.contributesTo;
      expect(ref).not.toBeNull();
      const target = byId.get(ref!.scorecard);
      expect(target?.objectives.some((t) => t.id === ref!.objective)).toBe(true);
      expect(card.id.startsWith('dept-') ? ref!.scorecard.startsWith('bu-') : ref!.scorecard).toBe(
        card.id.startsWith('dept-') ? true : 'corp',
      );
    }
  });

  it('mixes every optimization and aggregation, sub-objectives, gaps and carry-forward', () => {
    const strategy = generateEnterprise({ ...small, scorecards: 30 });
    const kpis = objectivesOf(strategy).flatMap(({ o }) => o.kpis);
    expect(new Set(kpis.map((k) => k.optimization))).toEqual(
      new Set(['maximize', 'minimize', 'range', 'binary', 'none']),
    );
    expect(new Set(kpis.map((k) => k.aggregation)).size).toBe(5);
    expect(kpis.some((k) => k.carryForward)).toBe(true);
    expect(kpis.some((k) => k.values.length < 24)).toBe(true);
    expect(kpis.some((k) => Object.keys(k.targets).length > 0)).toBe(true);
    expect(objectivesOf(strategy).some(({ o }) => o.parent !== null)).toBe(true);
  });
});

/**
 * A deep copy without null fields. The model has optional fields (`lint`, `customer`, …) that the
 * file builder sets to null and a hand-built strategy may leave out: both mean "absent".
 */
function withoutAbsent(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutAbsent);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => [k, withoutAbsent(v)]),
  );
}

describe('enterpriseToYaml', () => {
  it('writes a strategy file that the real parser reads back to the same strategy', () => {
    const strategy = generateEnterprise(small);
    const parsed = parseStrategyText(enterpriseToYaml(strategy), 'yaml');
    if (!parsed.ok) expect(parsed.issues.slice(0, 5)).toEqual([]);
    expect(parsed.ok && withoutAbsent(parsed.value)).toEqual(withoutAbsent(strategy));
  });

  it('quotes names that YAML would read as something else', () => {
    const names = [
      'yes',
      'Null',
      'Sales: EMEA',
      '#1 priority',
      'Qualität',
      'say "hi"',
      '100',
      'a, b',
    ];
    const [card] = generateEnterprise({ ...small, scorecards: 1 }).scorecards;
    const strategy: Strategy = {
      version: 1,
      organization: 'on',
      scorecards: [
        {
          ...card!,
          objectives: card!.objectives.map((o, i) => ({ ...o, name: names[i % names.length]! })),
        },
      ],
    };
    const parsed = parseStrategyText(enterpriseToYaml(strategy), 'yaml');
    expect(parsed.ok && parsed.value.organization).toBe('on');
    expect(parsed.ok && parsed.value.scorecards[0]!.objectives.map((o) => o.name)).toEqual(
      strategy.scorecards[0]!.objectives.map((o) => o.name),
    );
  });
});
