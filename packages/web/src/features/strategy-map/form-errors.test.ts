import { createObjectiveInput } from '@bearing/core';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.ts';
import { apiFieldErrors, zodFieldErrors } from './form-errors.ts';

describe('form errors', () => {
  it('takes the shared schema message for an empty name', () => {
    const result = createObjectiveInput.safeParse({ name: '  ', perspective: 'customer' });
    expect(result.success).toBe(false);
    expect(zodFieldErrors(result.error?.issues ?? [])).toEqual({
      name: 'expected a non-empty name',
    });
  });

  it('pins an API error to the field its path names, a duplicate id to the name', () => {
    const duplicate = new ApiError(409, {
      code: 'DUPLICATE_KEY',
      message: 'another objective already has the id "x"',
      path: 'body.id',
    });
    expect(apiFieldErrors(duplicate)).toEqual({ name: 'another objective already has the id "x"' });
    const owner = new ApiError(400, {
      code: 'VALIDATION',
      message: 'too long',
      path: 'body.owner',
    });
    expect(apiFieldErrors(owner)).toEqual({ owner: 'too long' });
    const other = new ApiError(500, { code: 'INTERNAL', message: 'boom', path: '' });
    expect(apiFieldErrors(other)).toEqual({ '': 'boom' });
    expect(apiFieldErrors(new Error('x'))).toEqual({});
  });
});
