import { describe, expect, it } from 'vitest';
import type { InitiativeRecord } from '../../api/types.ts';
import {
  EMPTY_INITIATIVE,
  initiativePatch,
  initiativeToValues,
  newInitiativeInput,
  validateInitiativePatch,
  validateNewInitiative,
} from './initiative-form.ts';
import { isPastDue } from './initiative-status.ts';

const programme: InitiativeRecord = {
  id: 'qm',
  name: 'Quality management programme',
  owner: 'COO',
  description: null,
  start: '2026-01-01',
  due: '2026-12-31',
  budget: 120000,
  spent: 30000,
  progress: 0.25,
  status: 'on-track',
  objective: 'quality',
  version: 1,
};

describe('initiative form', () => {
  it('shows progress in percent and writes it back as a fraction', () => {
    const values = initiativeToValues(programme);
    expect(values.progress).toBe(25);
    expect(initiativePatch(values, { ...values, progress: 40, status: 'at-risk' })).toEqual({
      progress: 0.4,
      status: 'at-risk',
    });
    expect(initiativePatch(values, values)).toEqual({});
  });

  it('posts a new initiative with its objective and only the filled fields', () => {
    expect(
      newInitiativeInput('quality', {
        ...EMPTY_INITIATIVE,
        name: 'Loyalty club',
        due: '2026-12-31',
      }),
    ).toEqual({
      objective: 'quality',
      name: 'Loyalty club',
      status: 'not-started',
      due: '2026-12-31',
    });
  });

  it('validates with the shared schemas, in percent where the form is', () => {
    const values = initiativeToValues(programme);
    expect(validateInitiativePatch(initiativePatch(values, { ...values, progress: 150 }))).toEqual({
      progress: 'expected progress between 0 and 1 (that is 0–100 % here)',
    });
    expect(
      validateNewInitiative(
        newInitiativeInput('quality', { ...EMPTY_INITIATIVE, name: 'x', due: '31.12.2026' }),
      ),
    ).toEqual({ due: 'expected a date as YYYY-MM-DD' });
  });

  it('calls an open initiative past its due date late', () => {
    expect(isPastDue('2026-06-30', 'on-track', '2026-07-01')).toBe(true);
    expect(isPastDue('2026-06-30', 'done', '2026-07-01')).toBe(false);
    expect(isPastDue('2026-07-01', 'on-track', '2026-07-01')).toBe(false);
    expect(isPastDue(null, 'late', '2026-07-01')).toBe(false);
  });
});
