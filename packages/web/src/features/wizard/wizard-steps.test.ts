import { describe, expect, it } from 'vitest';
import { EMPTY_FORM, type WizardForm } from './wizard-form.ts';
import {
  errorUnder,
  firstInvalidStep,
  stepIndex,
  stepOfPath,
  validateAll,
  validateStep,
} from './wizard-steps.ts';

const complete: WizardForm = {
  ...EMPTY_FORM,
  organization: 'Summit Gear',
  segments: [{ name: 'Alpine climbers', description: '', values: ['quality'] }],
  valueDiscipline: 'product-leadership',
};

describe('stepIndex', () => {
  it('reads the step name from the URL, defaulting to the first', () => {
    expect(stepIndex('segments')).toBe(1);
    expect(stepIndex('review')).toBe(4);
    expect(stepIndex(null)).toBe(0);
    expect(stepIndex('nope')).toBe(0);
  });
});

describe('validateStep', () => {
  it('asks for the organisation on the first step only', () => {
    expect(validateStep(0, EMPTY_FORM)).toEqual({
      organization: 'Enter the name of your organisation.',
    });
    expect(validateStep(2, EMPTY_FORM)).toEqual({
      valueDiscipline: 'Choose how you win your customers: one of the six value propositions.',
    });
  });

  it('points at the blank segment, not at the list', () => {
    const form = {
      ...complete,
      segments: [...complete.segments, { name: ' ', description: '', values: [] }],
    };
    expect(validateStep(1, form)).toEqual({ 'segments[1].name': 'Give this segment a name.' });
  });

  it('finds two segment names with one id even while later steps are unanswered', () => {
    const form: WizardForm = {
      ...EMPTY_FORM,
      organization: 'X',
      segments: [
        { name: 'Weekend hikers', description: '', values: [] },
        { name: 'weekend-hikers', description: '', values: [] },
      ],
    };
    expect(validateStep(1, form)).toEqual({
      'segments[1].name': 'Another segment has the same name: make the names differ.',
    });
  });

  it('asks for at least one segment and one outcome', () => {
    expect(validateStep(1, { ...complete, segments: [] })).toEqual({
      segments: 'Add at least one customer segment you want to win.',
    });
    expect(validateStep(3, { ...complete, outcomes: [] })).toEqual({
      outcomes: 'Choose at least one outcome to measure.',
    });
  });

  it('says the length limit plainly, and keeps the schema’s message otherwise', () => {
    const errors = validateStep(0, { ...complete, organization: 'x'.repeat(301) });
    expect(errors['organization']).toBe('Keep this to 300 characters or fewer.');
    const values = validateStep(1, {
      ...complete,
      segments: [{ name: 'A', description: '', values: ['luck' as never] }],
    });
    expect(values['segments[0].values[0]']).toMatch(/expected a value attribute: one of price/);
  });

  it('has nothing to check on the review step', () => {
    expect(validateStep(4, EMPTY_FORM)).toEqual({});
  });
});

describe('firstInvalidStep and validateAll', () => {
  it('is the first step with a problem, or null when all are answered', () => {
    expect(firstInvalidStep(EMPTY_FORM)).toBe(0);
    expect(firstInvalidStep({ ...complete, valueDiscipline: null })).toBe(2);
    expect(firstInvalidStep(complete)).toBeNull();
    expect(validateAll(complete)).toEqual({});
    expect(Object.keys(validateAll(EMPTY_FORM))).toEqual([
      'organization',
      'valueDiscipline',
      'segments[0].name',
    ]);
  });
});

describe('stepOfPath and errorUnder', () => {
  it('maps an answer path to its step', () => {
    expect(stepOfPath('segments[0].values[1]')).toBe(1);
    expect(stepOfPath('partners[0]')).toBe(0);
    expect(stepOfPath('outcomes')).toBe(3);
    expect(stepOfPath('')).toBe(0);
  });

  it('finds the first error under a list field', () => {
    expect(errorUnder({ 'partners[2]': 'bad' }, 'partners')).toBe('bad');
    expect(errorUnder({ partnersX: 'bad' }, 'partners')).toBeUndefined();
  });
});
