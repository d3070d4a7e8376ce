import { describe, expect, it } from 'vitest';
import type { ObjectiveRecord } from '../../api/types.ts';
import {
  contributesToText,
  customerChoices,
  objectivePatch,
  objectiveToValues,
  validateObjectivePatch,
} from './objective-form.ts';

const quality: ObjectiveRecord = {
  id: 'quality',
  name: 'Provide high product quality',
  perspective: 'customer',
  weight: 1,
  rollup: 'weighted',
  owner: 'Head of Quality',
  description: 'Customers keep what they buy.',
  parent: null,
  contributesTo: null,
  stakeholder: null,
  segment: null,
  version: 2,
};

describe('objective form', () => {
  it('edits the record with empty fields for nothing', () => {
    expect(objectiveToValues(quality)).toEqual({
      name: 'Provide high product quality',
      description: 'Customers keep what they buy.',
      owner: 'Head of Quality',
      perspective: 'customer',
      weight: 1,
      rollup: 'weighted',
      parent: '',
      contributesTo: '',
      stakeholder: '',
      segment: '',
    });
  });

  it('writes only the changed fields; an emptied one resets to its default', () => {
    const base = objectiveToValues(quality);
    expect(objectivePatch(base, base)).toEqual({});
    expect(
      objectivePatch(base, { ...base, owner: ' ', parent: 'quality-assurance', weight: 2 }),
    ).toEqual({ owner: null, parent: 'quality-assurance', weight: 2 });
    expect(objectivePatch(base, { ...base, weight: '' })).toEqual({ weight: null });
  });

  it('reads contributesTo as the file writes it, whatever shape the API sends', () => {
    expect(contributesToText('group/grow')).toBe('group/grow');
    expect(contributesToText({ scorecard: 'group', objective: 'grow' })).toBe('group/grow');
    expect(contributesToText(null)).toBe('');
  });

  it('validates with updateObjectiveInput', () => {
    const base = objectiveToValues(quality);
    const check = (draft: typeof base) => validateObjectivePatch(objectivePatch(base, draft));
    expect(check({ ...base, name: 'Better quality' })).toEqual({});
    expect(check({ ...base, name: '' })).toEqual({ name: 'expected a non-empty name' });
    expect(check({ ...base, weight: -2 })['weight']).toMatch(/weight of 0 or more/);
    expect(check({ ...base, contributesTo: 'no-slash' })).toEqual({
      contributesTo: 'expected <scorecardId>/<objectiveId>',
    });
    expect(check({ ...base, parent: 'not an id!' })['parent']).toMatch(/expected an id/);
  });
});

describe('customer choices', () => {
  it("lists the ids of the customer section's stakeholders or segments", () => {
    const customer = {
      stakeholders: [{ id: 'buyers', name: 'Buyers' }, { name: 'no id' }],
      segments: [{ id: 'outdoor-pros' }],
    };
    expect(customerChoices(customer, 'stakeholders')).toEqual([
      { value: 'buyers', label: 'Buyers (buyers)' },
    ]);
    expect(customerChoices(customer, 'segments')).toEqual([
      { value: 'outdoor-pros', label: 'outdoor-pros' },
    ]);
    expect(customerChoices(null, 'segments')).toEqual([]);
  });
});
