import { describe, expect, it } from 'vitest';
import { changedFields, withoutNulls } from './patch.ts';

describe('changedFields', () => {
  it('keeps only the fields whose API form changed', () => {
    expect(
      changedFields(
        { name: 'A', owner: null, target: [1, 2], weight: 1 },
        { name: 'A', owner: 'COO', target: [1, 3], weight: 1 },
      ),
    ).toEqual({ owner: 'COO', target: [1, 3] });
  });

  it('sends a cleared field as null', () => {
    expect(changedFields({ owner: 'COO' }, { owner: null })).toEqual({ owner: null });
  });

  it('treats a half-typed number as a change, so validation can refuse it', () => {
    expect(changedFields({ weight: null }, { weight: Number.NaN })).toEqual({ weight: Number.NaN });
    expect(changedFields({ target: null }, { target: [Number.NaN, 2] })).toEqual({
      target: [Number.NaN, 2],
    });
  });
});

describe('withoutNulls', () => {
  it('drops null fields for create inputs', () => {
    expect(withoutNulls({ name: 'x', unit: null, baseline: 0 })).toEqual({
      name: 'x',
      baseline: 0,
    });
  });
});
