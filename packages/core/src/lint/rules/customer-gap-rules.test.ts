import { buildObjective, buildScorecard } from '@bearing/testing';
import { describe, expect, it } from 'vitest';
import type { CustomerModel, Segment, Stakeholder } from '../../model/customer.ts';
import { objectiveId } from '../../model/ids.ts';
import { customer, findingsOf, internal } from '../test-helpers.ts';

// The customer view's gaps panel shows these findings: one rule set, one answer.

const section = (over: Partial<CustomerModel> = {}): CustomerModel => ({
  stakeholders: [],
  segments: [],
  valueProposition: null,
  ...over,
});
const shoppers: Stakeholder = {
  id: 'shoppers',
  name: 'Shoppers',
  kind: 'customer',
  needs: ['Gear that lasts'],
};
const guides = { ...shoppers, id: 'guides', name: 'Guides', kind: 'other' } as Stakeholder;
const hikers = {
  id: 'hikers',
  name: 'Weekend hikers',
  description: null,
  values: ['quality', 'brand'],
  targeted: true,
} as Segment;
const tourists = { ...hikers, id: 'tourists', name: 'Tourists', values: ['brand'] } as Segment;

describe('no-stakeholders', () => {
  it('fires on a customer section without stakeholders', () => {
    const s = buildScorecard({ customer: section({ segments: [hikers] }) });
    expect(findingsOf('no-stakeholders', s).map((f) => f.message)).toEqual([
      'The customer section names no stakeholders.',
    ]);
  });
  it('leaves a scorecard without a customer section to no-value-proposition', () => {
    expect(findingsOf('no-stakeholders', buildScorecard())).toEqual([]);
    const named = buildScorecard({ customer: section({ stakeholders: [shoppers] }) });
    expect(findingsOf('no-stakeholders', named)).toEqual([]);
  });
});

describe('no-targeted-segment', () => {
  it('fires without segments, and when none is targeted, saying which', () => {
    const none = buildScorecard({ customer: section({ stakeholders: [shoppers] }) });
    expect(findingsOf('no-targeted-segment', none)[0]?.message).toBe(
      'The customer section names no segments.',
    );
    const untargeted = buildScorecard({
      customer: section({ segments: [{ ...hikers, targeted: false }] }),
    });
    expect(findingsOf('no-targeted-segment', untargeted)[0]?.message).toBe(
      'No customer segment is marked as targeted.',
    );
  });
  it('does not fire with a targeted segment or without a section', () => {
    expect(
      findingsOf(
        'no-targeted-segment',
        buildScorecard({ customer: section({ segments: [hikers] }) }),
      ),
    ).toEqual([]);
    expect(findingsOf('no-targeted-segment', buildScorecard())).toEqual([]);
  });
});

describe('stakeholder-without-objective', () => {
  it('fires on a customer group no objective serves, with their needs', () => {
    const s = buildScorecard({
      customer: section({ stakeholders: [shoppers, guides] }),
      objectives: [buildObjective({ perspective: customer })],
    });
    const findings = findingsOf('stakeholder-without-objective', s);
    expect(findings.map((f) => f.message)).toEqual(['Customer group "Shoppers" has no objective.']);
    expect(findings[0]?.why).toContain('Gear that lasts');
  });
  it('does not fire once an objective names the group', () => {
    const s = buildScorecard({
      customer: section({ stakeholders: [shoppers] }),
      objectives: [buildObjective({ perspective: customer, stakeholder: 'shoppers' })],
    });
    expect(findingsOf('stakeholder-without-objective', s)).toEqual([]);
  });
});

describe('customer-objective-without-stakeholder', () => {
  const loose = buildObjective({ id: objectiveId('loose'), perspective: customer, name: 'Loose' });
  it('notes a top-level customer objective without a stakeholder', () => {
    const s = buildScorecard({
      customer: section({ stakeholders: [shoppers] }),
      objectives: [
        loose,
        buildObjective({
          id: objectiveId('served'),
          perspective: customer,
          stakeholder: 'shoppers',
        }),
        buildObjective({
          id: objectiveId('child'),
          perspective: customer,
          parent: objectiveId('served'),
        }),
        buildObjective({ id: objectiveId('process'), perspective: internal }),
      ],
    });
    const findings = findingsOf('customer-objective-without-stakeholder', s);
    expect(findings.map((f) => f.objective)).toEqual(['loose']);
    expect(findings[0]?.severity).toBe('info');
  });
  it('is silent when the section names no stakeholders (no-stakeholders says so)', () => {
    const s = buildScorecard({ customer: section(), objectives: [loose] });
    expect(findingsOf('customer-objective-without-stakeholder', s)).toEqual([]);
  });
});

describe('value-not-delivered', () => {
  const quality = buildObjective({ id: objectiveId('quality'), perspective: customer });
  it('names each valued attribute no objective delivers and the segments that value it', () => {
    const s = buildScorecard({
      objectives: [quality],
      customer: section({
        segments: [
          hikers,
          tourists,
          { ...tourists, id: 'x', name: 'Untargeted', values: ['price'], targeted: false },
        ],
        valueProposition: {
          discipline: 'product-leadership',
          attributes: [{ attribute: 'quality', objective: quality.id }],
        },
      }),
    });
    expect(findingsOf('value-not-delivered', s).map((f) => f.message)).toEqual([
      'Nothing delivers brand, which "Weekend hikers" and "Tourists" value.',
    ]);
  });
  it('is silent without a section or when everything valued is delivered', () => {
    expect(findingsOf('value-not-delivered', buildScorecard())).toEqual([]);
    const s = buildScorecard({
      objectives: [quality],
      customer: section({
        segments: [{ ...hikers, values: ['quality'] }],
        valueProposition: {
          discipline: null,
          attributes: [{ attribute: 'quality', objective: quality.id }],
        },
      }),
    });
    expect(findingsOf('value-not-delivered', s)).toEqual([]);
  });
});
