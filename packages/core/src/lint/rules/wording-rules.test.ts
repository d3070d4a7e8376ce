import { buildObjective, buildScorecard } from '@bearing/testing';
import { describe, expect, it } from 'vitest';
import { objectiveId } from '../../model/ids.ts';
import { customer, findingsOf, internal } from '../test-helpers.ts';

const card = (...names: string[]) =>
  buildScorecard({
    objectives: names.map((name, i) =>
      buildObjective({ id: objectiveId(`o${i}`), name, perspective: customer }),
    ),
  });

describe('customer-objective-is-action', () => {
  it.each([
    'Implement a CRM system',
    'We will launch a loyalty programme',
    'Kiosk roll-out in every branch',
  ])('fires on the organisation’s plan: %s', (name) => {
    const [finding] = findingsOf('customer-objective-is-action', card(name));
    expect(finding).toMatchObject({
      rule: 'customer-objective-is-action',
      severity: 'warning',
      category: 'wording',
      objective: 'o0',
    });
    expect(finding?.fix).toEqual({
      kind: 'move-to-initiative',
      objective: 'o0',
      initiative: { name },
    });
  });
  it.each([
    'Provide high product quality',
    'Competitive price',
    'Patients get answers on first contact',
  ])('does not fire on a customer need: %s', (name) => {
    expect(findingsOf('customer-objective-is-action', card(name))).toEqual([]);
  });
  it('looks only at customer-perspective objectives', () => {
    const s = buildScorecard({
      objectives: [buildObjective({ name: 'Implement a CRM system', perspective: internal })],
    });
    expect(findingsOf('customer-objective-is-action', s)).toEqual([]);
  });
});

describe('outcome-as-objective', () => {
  it.each([
    'Increase market share',
    'Improve customer retention',
    'Grow revenue from key accounts',
  ])('fires on a business outcome: %s', (name) => {
    expect(findingsOf('outcome-as-objective', card(name))).toHaveLength(1);
  });
  it('suggests moving the outcome to a lagging KPI', () => {
    const [finding] = findingsOf('outcome-as-objective', card('Increase market share in Europe'));
    expect(finding?.fix).toEqual({
      kind: 'move-to-kpi',
      objective: 'o0',
      kpi: { name: 'Market share in Europe', indicator: 'lagging', outcome: 'market-share' },
    });
  });
  it.each([
    'Dealers earn attractive margins',
    'Provide high product quality',
    'Partner support programme',
  ])('does not fire on a customer need: %s', (name) => {
    expect(findingsOf('outcome-as-objective', card(name))).toEqual([]);
  });
  it('does not fire on an umbrella objective with sub-objectives', () => {
    const umbrella = buildObjective({
      id: objectiveId('u'),
      name: 'Add and retain high-value customers',
      perspective: customer,
    });
    const child = buildObjective({
      name: 'Provide high product quality',
      perspective: customer,
      parent: umbrella.id,
    });
    expect(
      findingsOf('outcome-as-objective', buildScorecard({ objectives: [umbrella, child] })),
    ).toEqual([]);
  });
});

describe('vague-objective', () => {
  it.each([
    'Build strong relationship with partners',
    'World-class service',
    'Operational excellence',
  ])('fires on vague wording: %s', (name) => {
    expect(findingsOf('vague-objective', card(name))).toHaveLength(1);
  });
  it('fires in any perspective', () => {
    const s = buildScorecard({
      objectives: [buildObjective({ name: 'Achieve synergies', perspective: internal })],
    });
    expect(findingsOf('vague-objective', s)).toHaveLength(1);
  });
  it.each(['Provide high product quality', 'Competitive price', 'Parts delivered within 24 hours'])(
    'does not fire on a specific objective: %s',
    (name) => {
      expect(findingsOf('vague-objective', card(name))).toEqual([]);
    },
  );
});

describe('perception-objective', () => {
  it('fires on a perception and offers the substance as a rename', () => {
    const [finding] = findingsOf('perception-objective', card('Increase perception of safety'));
    expect(finding).toMatchObject({ severity: 'info', objective: 'o0' });
    expect(finding?.fix).toEqual({ kind: 'rename', objective: 'o0', to: 'Increase safety' });
  });
  it.each(['Be seen as reliable', 'Residents feel safe at night'])('fires on %s', (name) => {
    expect(findingsOf('perception-objective', card(name))).toHaveLength(1);
  });
  it.each(['Increase safety', 'Strong brand image', 'Sharp image quality'])(
    'does not fire on %s',
    (name) => {
      expect(findingsOf('perception-objective', card(name))).toEqual([]);
    },
  );
});
