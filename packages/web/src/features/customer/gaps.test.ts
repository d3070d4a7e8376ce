import { describe, expect, it } from 'vitest';
import { detectGaps } from './gaps.ts';
import { GEAR, kpi, model, objective } from './test-fixtures.ts';

const served = [
  objective('umbrella', { stakeholder: 'customers' }, [
    kpi('c-ret', { segment: 'climbers', outcome: 'retention' }),
    kpi('h-ret', { segment: 'hikers', outcome: 'retention' }),
  ]),
  objective('performance', { stakeholder: 'customers' }),
  objective('quality', { stakeholder: 'customers' }),
  objective('partners', { stakeholder: 'dealers' }),
];

const ids = (gaps: readonly { id: string }[]) => gaps.map((g) => g.id);

describe('detectGaps', () => {
  it('finds only the undelivered brand in a complete section', () => {
    const gaps = detectGaps(model(GEAR), served);
    expect(ids(gaps)).toEqual(['undelivered-brand']);
    expect(gaps[0]?.severity).toBe('info');
    expect(gaps[0]?.title).toBe('Nothing delivers brand, which Weekend hikers values');
  });

  it('flags a targeted segment without outcome measures, not an untargeted one', () => {
    const withoutHikers = served.map((o) =>
      o.id === 'umbrella' ? { ...o, kpis: o.kpis.filter((k) => k.segment !== 'hikers') } : o,
    );
    const gaps = detectGaps(model(GEAR), withoutHikers);
    expect(ids(gaps)).toContain('segment-hikers');
    expect(ids(gaps)).not.toContain('segment-tourists');
    expect(gaps.find((g) => g.id === 'segment-hikers')?.action).toMatch(/segment “hikers”/);
  });

  it('does not count a segment KPI without an outcome as an outcome measure', () => {
    const noOutcome = served.map((o) =>
      o.id === 'umbrella' ? { ...o, kpis: [kpi('x', { segment: 'climbers' }), o.kpis[1]!] } : o,
    );
    expect(ids(detectGaps(model(GEAR), noOutcome))).toContain('segment-climbers');
  });

  it('warns about a partner with no objective and says their needs', () => {
    const gaps = detectGaps(
      model(GEAR),
      served.filter((o) => o.id !== 'partners'),
    );
    const gap = gaps.find((g) => g.id === 'stakeholder-dealers');
    expect(gap?.severity).toBe('warning');
    expect(gap?.title).toBe('No objective for partner “Outdoor dealers”');
    expect(gap?.why).toMatch(/Good margins/);
  });

  it('only notes other stakeholders without an objective', () => {
    const raw = {
      ...GEAR,
      stakeholders: [...GEAR.stakeholders, { id: 'guides', name: 'Guides', kind: 'other' }],
    };
    expect(
      detectGaps(model(raw), served).find((g) => g.id === 'stakeholder-guides')?.severity,
    ).toBe('info');
  });

  it('reports a value proposition that names a missing objective', () => {
    const gaps = detectGaps(
      model(GEAR),
      served.filter((o) => o.id !== 'performance'),
    );
    expect(ids(gaps)).toContain('missing-objective-functionality-performance');
    expect(ids(gaps)).toContain('undelivered-functionality');
  });

  it('says once that there is no customer section at all', () => {
    expect(ids(detectGaps(null, served))).toEqual(['no-customer-section']);
    expect(ids(detectGaps(model({}), []))).toEqual(['no-customer-section']);
  });

  it('names a missing value proposition and missing targeted segments', () => {
    const gaps = detectGaps(
      model({ stakeholders: GEAR.stakeholders, segments: [{ name: 'X', targeted: false }] }),
      served,
    );
    expect(ids(gaps)).toEqual(['no-targeted-segment', 'no-value-proposition']);
  });
});

describe('detectGaps on customer objectives without a stakeholder', () => {
  it('notes top-level customer objectives that name no stakeholder, once', () => {
    const loose = [
      objective('extra-a'),
      objective('extra-b'),
      objective('sub', { parent: 'extra-a' }),
    ];
    const gaps = detectGaps(model(GEAR), [...served, ...loose], loose);
    const gap = gaps.find((g) => g.id === 'unassigned-objectives');
    expect(gap?.severity).toBe('info');
    expect(gap?.title).toBe('2 customer objectives do not say whose need they meet');
    expect(gap?.why).toMatch(/“Objective extra-a”, “Objective extra-b”/);
  });

  it('says nothing when every customer objective names its stakeholder', () => {
    const side = served.filter((o) => o.stakeholder !== undefined);
    expect(ids(detectGaps(model(GEAR), served, side))).not.toContain('unassigned-objectives');
  });
});
