import { buildKpi, buildObjective, buildScorecard, buildInitiative } from '@bearing/testing';
import { describe, expect, it } from 'vitest';
import type { CustomerModel } from '../../model/customer.ts';
import { objectiveId, scorecardId } from '../../model/ids.ts';
import { customer, financial, findingsOf, internal, learning } from '../test-helpers.ts';

const model = (over: Partial<CustomerModel> = {}): CustomerModel => ({
  stakeholders: [],
  segments: [],
  valueProposition: null,
  ...over,
});
const dealers = {
  id: 'dealers',
  name: 'Dealers',
  kind: 'partner' as const,
  needs: ['Stock that sells'],
};

describe('partners-missing', () => {
  it('fires when a partner stakeholder has no objective, proposing one', () => {
    const s = buildScorecard({
      customer: model({ stakeholders: [dealers] }),
      objectives: [buildObjective({ perspective: customer })],
    });
    const [finding] = findingsOf('partners-missing', s);
    expect(finding?.fix).toEqual({
      kind: 'add-objective',
      perspective: 'customer',
      stakeholder: 'dealers',
      name: 'Stock that sells',
    });
  });
  it('does not fire when an objective serves the partner, or without a customer section', () => {
    const served = buildScorecard({
      customer: model({ stakeholders: [dealers] }),
      objectives: [buildObjective({ stakeholder: 'dealers' })],
    });
    expect(findingsOf('partners-missing', served)).toEqual([]);
    expect(findingsOf('partners-missing', buildScorecard())).toEqual([]);
  });
});

describe('no-value-proposition', () => {
  const quality = buildObjective({ id: objectiveId('quality'), perspective: customer });
  it('fires when customer objectives have no value proposition', () => {
    expect(
      findingsOf('no-value-proposition', buildScorecard({ objectives: [quality] })),
    ).toHaveLength(1);
    const empty = buildScorecard({
      objectives: [quality],
      customer: model({ valueProposition: { discipline: 'product-leadership', attributes: [] } }),
    });
    expect(findingsOf('no-value-proposition', empty)[0]?.message).toContain('links no attribute');
  });
  it('does not fire with attributes, on a cascaded scorecard, or without customer objectives', () => {
    const vp = model({
      valueProposition: {
        discipline: null,
        attributes: [{ attribute: 'quality', objective: quality.id }],
      },
    });
    expect(
      findingsOf('no-value-proposition', buildScorecard({ objectives: [quality], customer: vp })),
    ).toEqual([]);
    const cascaded = buildObjective({
      perspective: customer,
      contributesTo: { scorecard: scorecardId('corp'), objective: objectiveId('q') },
    });
    expect(findingsOf('no-value-proposition', buildScorecard({ objectives: [cascaded] }))).toEqual(
      [],
    );
    expect(
      findingsOf(
        'no-value-proposition',
        buildScorecard({ objectives: [buildObjective({ perspective: internal })] }),
      ),
    ).toEqual([]);
  });
});

describe('segment-without-outcome-measures', () => {
  const segment = { id: 'hikers', name: 'Hikers', description: null, values: [], targeted: true };
  it('fires on a targeted segment with no outcome KPI', () => {
    const s = buildScorecard({
      customer: model({ segments: [segment] }),
      objectives: [buildObjective({ kpis: [buildKpi({ segment: 'hikers' })] })],
    });
    expect(findingsOf('segment-without-outcome-measures', s)).toHaveLength(1);
  });
  it('does not fire when measured, nor on an untargeted segment', () => {
    const kpi = buildKpi({ segment: 'hikers', outcome: 'retention' });
    const s = buildScorecard({
      customer: model({ segments: [segment] }),
      objectives: [buildObjective({ kpis: [kpi] })],
    });
    expect(findingsOf('segment-without-outcome-measures', s)).toEqual([]);
    const untargeted = buildScorecard({
      customer: model({ segments: [{ ...segment, targeted: false }] }),
    });
    expect(findingsOf('segment-without-outcome-measures', untargeted)).toEqual([]);
  });
});

describe('objective-without-initiative', () => {
  it('fires as info on an objective with no initiative', () => {
    expect(
      findingsOf(
        'objective-without-initiative',
        buildScorecard({ objectives: [buildObjective()] }),
      )[0]?.severity,
    ).toBe('info');
  });
  it('does not fire with an initiative', () => {
    const s = buildScorecard({
      objectives: [buildObjective({ initiatives: [buildInitiative()] })],
    });
    expect(findingsOf('objective-without-initiative', s)).toEqual([]);
  });
});

describe('too-many-objectives', () => {
  const many = (n: number, perspective = customer) =>
    Array.from({ length: n }, () => buildObjective({ perspective }));
  it('fires on sprawl in one perspective and on the whole map', () => {
    const s = buildScorecard({
      objectives: [...many(7), ...many(6, internal), ...many(6, learning), ...many(3, financial)],
    });
    expect(findingsOf('too-many-objectives', s).map((f) => f.message)).toEqual([
      'The map has 22 objectives (more than 20).',
      'The Customer perspective has 7 objectives (more than 6).',
    ]);
  });
  it('does not fire within the limits, and takes limits from options', () => {
    expect(findingsOf('too-many-objectives', buildScorecard({ objectives: many(6) }))).toEqual([]);
    const strategy = { lint: { rules: { 'too-many-objectives': { maxPerPerspective: 3 } } } };
    expect(
      findingsOf('too-many-objectives', buildScorecard({ objectives: many(4) }), { strategy }),
    ).toHaveLength(1);
  });
});
