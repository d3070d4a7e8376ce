import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.ts';
import {
  apiErrorField,
  apiFieldErrors,
  issuesToFieldErrors,
  numberOrNull,
  numberToInput,
  textOrNull,
} from './field-errors.ts';

describe('field errors from the shared schemas', () => {
  it('keeps the first message per top-level field', () => {
    expect(
      issuesToFieldErrors([
        { path: ['weight'], message: 'expected a weight of 0 or more' },
        { path: ['thresholds', 'green'], message: 'expected a number' },
        { path: ['weight'], message: 'second message' },
        { path: ['target', 1], message: 'expected a number' },
      ]),
    ).toEqual({
      weight: 'expected a weight of 0 or more',
      thresholds: 'expected a number',
      target: 'expected a number',
    });
  });

  it('puts a whole-input issue under the empty key', () => {
    expect(issuesToFieldErrors([{ path: [], message: 'bad' }])).toEqual({ '': 'bad' });
  });
});

describe('field errors from the API', () => {
  it('maps a body path to its field', () => {
    expect(apiErrorField('body.parent')).toBe('parent');
    expect(apiErrorField('body.targets.2027')).toBe('targets');
    expect(apiErrorField('body.target[1]')).toBe('target');
    expect(apiErrorField('headers.if-match')).toBeNull();
    expect(apiErrorField('')).toBeNull();
    expect(apiErrorField(null)).toBeNull();
  });

  it('shows the message at the field, moved by an alias', () => {
    const clash = new ApiError(409, {
      code: 'DUPLICATE_KEY',
      message: 'another KPI already has the id "nps"',
      path: 'body.id',
    });
    expect(apiFieldErrors(clash, { id: 'name' })).toEqual({
      name: 'another KPI already has the id "nps"',
    });
    expect(apiFieldErrors(new Error('boom'))).toEqual({});
  });
});

describe('form value conversions', () => {
  it('turns empty text into null (reset) and trims the rest', () => {
    expect(textOrNull('  ')).toBeNull();
    expect(textOrNull(' QA lead ')).toBe('QA lead');
  });

  it('turns an empty number into null and a half-typed one into NaN', () => {
    expect(numberOrNull('')).toBeNull();
    expect(numberOrNull(4.5)).toBe(4.5);
    expect(numberOrNull('12')).toBe(12);
    expect(numberOrNull('-')).toBeNaN();
    expect(numberToInput(null)).toBe('');
    expect(numberToInput(0)).toBe(0);
  });
});
