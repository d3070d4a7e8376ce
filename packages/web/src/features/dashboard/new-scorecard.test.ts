import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.ts';
import { buildNewScorecard, serverFieldErrors, suggestedId } from './new-scorecard.ts';

describe('new scorecard form', () => {
  it('proposes the slug of the name as the id', () => {
    expect(suggestedId('Sales – EMEA Scorecard')).toBe('sales-emea-scorecard');
  });

  it('builds the create body with the four classic perspectives', () => {
    expect(buildNewScorecard({ id: ' sales ', name: ' Sales ' })).toEqual({
      ok: true,
      body: {
        id: 'sales',
        name: 'Sales',
        perspectives: [
          { id: 'financial', name: 'Financial' },
          { id: 'customer', name: 'Customer' },
          { id: 'internal', name: 'Internal Processes' },
          { id: 'learning', name: 'Learning and Growth' },
        ],
      },
    });
  });

  it("puts the schema's messages on the fields", () => {
    const result = buildNewScorecard({ id: 'bad id!', name: '' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.name).toBe('Enter a name');
    expect(result.errors.id).toMatch(/expected an id/);
  });

  it('puts a taken id under the id field', () => {
    const taken = new ApiError(409, {
      code: 'DUPLICATE_KEY',
      message: 'scorecard "sales" already exists',
      path: 'body.id',
    });
    expect(serverFieldErrors(taken)).toEqual({ id: 'scorecard "sales" already exists' });
    expect(serverFieldErrors(new Error('boom'))).toEqual({ form: 'boom' });
  });
});
