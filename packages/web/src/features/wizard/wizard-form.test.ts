import { generateStrategy, validateAnswers, type WizardAnswers } from '@bearing/core';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_FORM,
  fromAnswers,
  readStoredForm,
  toAnswers,
  type WizardForm,
} from './wizard-form.ts';

const filled: WizardForm = {
  organization: '  Summit Gear ',
  sector: 'outdoor equipment',
  partners: ['Outdoor dealers', ' '],
  otherStakeholders: [],
  segments: [
    { name: 'Alpine climbers', description: '', values: ['functionality', 'quality'] },
    { name: 'Weekend hikers', description: 'Two days out', values: [] },
  ],
  valueDiscipline: 'product-leadership',
  outcomes: ['retention', 'satisfaction'],
  challenge: '   ',
};

describe('toAnswers', () => {
  it('trims, and leaves out what was left empty, like the answers file', () => {
    expect(toAnswers(filled)).toEqual({
      organization: 'Summit Gear',
      sector: 'outdoor equipment',
      valueDiscipline: 'product-leadership',
      segments: [
        { name: 'Alpine climbers', values: ['functionality', 'quality'] },
        { name: 'Weekend hikers', description: 'Two days out' },
      ],
      partners: ['Outdoor dealers'],
      outcomes: ['retention', 'satisfaction'],
    });
  });

  it('gives answers that core accepts and generates a map from', () => {
    const parsed = validateAnswers(toAnswers(filled));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const sc = generateStrategy(parsed.value).scorecards[0];
    expect(sc?.id).toBe('summit-gear');
    expect(sc?.customer?.segments.map((s) => s.values)).toEqual([
      ['functionality', 'quality'],
      ['functionality', 'quality', 'time'],
    ]);
  });

  it('keeps an empty outcome list so the form can say to choose one', () => {
    expect(toAnswers({ ...EMPTY_FORM, outcomes: [] })['outcomes']).toEqual([]);
  });
});

describe('fromAnswers', () => {
  it('round-trips through toAnswers', () => {
    const answers: WizardAnswers = {
      organization: 'St. Brigid Hospice',
      valueDiscipline: 'customer-intimacy',
      segments: [{ name: 'Home care', values: ['service'] }],
      otherStakeholders: ['Referring physicians'],
      challenge: 'Families feel alone after a death',
      outcomes: ['satisfaction'],
    };
    expect(toAnswers(fromAnswers(answers))).toEqual(answers);
  });

  it('fills the default outcomes when the answers name none', () => {
    const form = fromAnswers({
      organization: 'X',
      valueDiscipline: 'system-lock-in',
      segments: [{ name: 'S' }],
    });
    expect(form.outcomes).toEqual(['retention', 'satisfaction', 'acquisition']);
  });
});

describe('readStoredForm', () => {
  it('reads back what was saved', () => {
    expect(readStoredForm(JSON.stringify(filled))).toEqual(filled);
  });

  it('gives the empty form for nothing saved or broken JSON', () => {
    expect(readStoredForm(null)).toBe(EMPTY_FORM);
    expect(readStoredForm('{oops')).toBe(EMPTY_FORM);
    expect(readStoredForm('42')).toBe(EMPTY_FORM);
  });

  it('keeps the usable parts of a stale entry and drops unknown values', () => {
    const form = readStoredForm(
      JSON.stringify({
        organization: 'Acme',
        valueDiscipline: 'cheapest',
        segments: [{ name: 'A', values: ['price', 'luck'] }, 'junk'],
        outcomes: ['retention', 'fame'],
        partners: 'dealers',
      }),
    );
    expect(form).toEqual({
      ...EMPTY_FORM,
      organization: 'Acme',
      segments: [{ name: 'A', description: '', values: ['price'] }],
      outcomes: ['retention'],
    });
  });
});
