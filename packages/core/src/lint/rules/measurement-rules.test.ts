import { buildKpi, buildObjective, buildScorecard, values } from '@bearing/testing';
import { describe, expect, it } from 'vitest';
import { kpiId, objectiveId } from '../../model/ids.ts';
import { periodOf } from '../../periods/period.ts';
import { findingsOf } from '../test-helpers.ts';

const withKpis = (...kpis: ReturnType<typeof buildKpi>[]) =>
  buildScorecard({ objectives: [buildObjective({ id: objectiveId('o'), name: 'Quality', kpis })] });

describe('objective-without-kpi', () => {
  it('fires on an objective with no KPI, as an error, with an add-kpi fix', () => {
    const [finding] = findingsOf('objective-without-kpi', withKpis());
    expect(finding).toMatchObject({ severity: 'error', category: 'measurement', objective: 'o' });
    expect(finding?.fix).toEqual({ kind: 'add-kpi', objective: 'o', indicator: 'lagging' });
  });
  it('does not fire on an objective with a KPI, nor on an umbrella measured through its children', () => {
    expect(findingsOf('objective-without-kpi', withKpis(buildKpi()))).toEqual([]);
    const umbrella = buildObjective({ id: objectiveId('u') });
    const child = buildObjective({ parent: umbrella.id, kpis: [buildKpi()] });
    expect(
      findingsOf('objective-without-kpi', buildScorecard({ objectives: [umbrella, child] })),
    ).toEqual([]);
  });
});

describe('missing-leading-kpi / missing-lagging-kpi', () => {
  it('fires when every KPI is lagging (leading missing) and not the other rule', () => {
    const s = withKpis(buildKpi({ indicator: 'lagging' }));
    expect(findingsOf('missing-leading-kpi', s)).toHaveLength(1);
    expect(findingsOf('missing-lagging-kpi', s)).toEqual([]);
  });
  it('fires when every KPI is leading (lagging missing)', () => {
    const s = withKpis(buildKpi({ indicator: 'leading' }));
    expect(findingsOf('missing-lagging-kpi', s)[0]?.fix).toEqual({
      kind: 'add-kpi',
      objective: 'o',
      indicator: 'lagging',
    });
  });
  it('mentions KPIs without an indicator', () => {
    const [finding] = findingsOf('missing-leading-kpi', withKpis(buildKpi({ indicator: null })));
    expect(finding?.message).toContain('no indicator set');
  });
  it('does not fire with both, nor on an objective without KPIs (another rule covers it)', () => {
    const both = withKpis(buildKpi({ indicator: 'lagging' }), buildKpi({ indicator: 'leading' }));
    expect(findingsOf('missing-leading-kpi', both)).toEqual([]);
    expect(findingsOf('missing-lagging-kpi', both)).toEqual([]);
    expect(findingsOf('missing-leading-kpi', withKpis())).toEqual([]);
  });
});

describe('kpi-without-target', () => {
  it('fires on a KPI with no target, naming the KPI', () => {
    const [finding] = findingsOf(
      'kpi-without-target',
      withKpis(buildKpi({ id: kpiId('k'), target: null })),
    );
    expect(finding).toMatchObject({ objective: 'o', kpi: 'k' });
  });
  it('does not fire with a target, per-period targets, or optimization none', () => {
    expect(findingsOf('kpi-without-target', withKpis(buildKpi({ target: 5 })))).toEqual([]);
    expect(
      findingsOf(
        'kpi-without-target',
        withKpis(buildKpi({ target: null, targets: { '2026': 5 } })),
      ),
    ).toEqual([]);
    expect(
      findingsOf('kpi-without-target', withKpis(buildKpi({ target: null, optimization: 'none' }))),
    ).toEqual([]);
  });
});

describe('kpi-without-owner', () => {
  it('fires on a KPI without owner, as info', () => {
    expect(findingsOf('kpi-without-owner', withKpis(buildKpi({ owner: null })))[0]?.severity).toBe(
      'info',
    );
  });
  it('does not fire on an owned KPI', () => {
    expect(findingsOf('kpi-without-owner', withKpis(buildKpi({ owner: 'QA lead' })))).toEqual([]);
  });
});

describe('overdue-kpi', () => {
  const monthly = buildKpi({
    frequency: 'monthly',
    values: values({ '2026-01': 5, '2026-02': 6 }),
  });
  it('fires when the latest value is more than one step behind the period', () => {
    const [finding] = findingsOf('overdue-kpi', withKpis(monthly), { period: periodOf('2026-05') });
    expect(finding?.message).toContain('last updated for 2026-02');
  });
  it('fires on a KPI with no value at all', () => {
    expect(
      findingsOf('overdue-kpi', withKpis(buildKpi()), { period: periodOf('2026-05') }),
    ).toHaveLength(1);
  });
  it('allows one step of grace and ignores values after the period', () => {
    expect(findingsOf('overdue-kpi', withKpis(monthly), { period: periodOf('2026-03') })).toEqual(
      [],
    );
    expect(findingsOf('overdue-kpi', withKpis(monthly), { period: periodOf('2026-02') })).toEqual(
      [],
    );
  });
  it('does not run without a period (core reads no clock)', () => {
    expect(findingsOf('overdue-kpi', withKpis(monthly))).toEqual([]);
  });
});

describe('calculated KPIs', () => {
  const orders = buildKpi({
    id: kpiId('orders'),
    name: 'Orders',
    values: values({ '2026-01': 5 }),
  });
  const visits = buildKpi({ id: kpiId('visits'), name: 'Visits', owner: 'Web team' });
  const conversion = buildKpi({
    id: kpiId('conversion'),
    name: 'Conversion',
    formula: '[orders] / [visits]',
  });

  it('flags a formula whose input has no values, naming the input and its owner', () => {
    const [finding] = findingsOf(
      'formula-input-without-data',
      withKpis(orders, visits, conversion),
    );
    expect(finding).toMatchObject({ kpi: 'conversion', severity: 'warning' });
    expect(finding?.message).toBe(
      'Calculated KPI "Conversion" reads "Visits", which has no values yet.',
    );
    expect(finding?.suggestion).toContain('(owner: Web team)');
  });

  it('follows other calculated KPIs and does not fire when every input has data', () => {
    const chained = buildKpi({ id: kpiId('double'), name: 'Double', formula: '[conversion] * 2' });
    const flagged = findingsOf(
      'formula-input-without-data',
      withKpis(orders, visits, conversion, chained),
    );
    expect(flagged.map((f) => f.kpi)).toEqual(['conversion', 'double']);
    const measured = { ...visits, values: values({ '2026-01': 100 }) };
    expect(
      findingsOf('formula-input-without-data', withKpis(orders, measured, conversion)),
    ).toEqual([]);
  });

  it('never calls a calculated KPI overdue, and words its missing target for a formula', () => {
    const noTarget = { ...conversion, target: null };
    expect(findingsOf('overdue-kpi', withKpis(noTarget), { period: periodOf('2026-05') })).toEqual(
      [],
    );
    const [finding] = findingsOf('kpi-without-target', withKpis(noTarget));
    expect(finding?.message).toBe('Calculated KPI "Conversion" of "Quality" has no target.');
  });
});
