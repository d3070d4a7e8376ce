import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.ts';
import { checkNewWorkspace, duplicateScorecardId } from './create-workspace.ts';

describe('checkNewWorkspace', () => {
  it('accepts a slug key and a name', () => {
    expect(checkNewWorkspace({ key: 'summit-gear', name: 'Summit Gear' })).toEqual({});
  });

  it('gives the schema’s message next to each bad field', () => {
    const errors = checkNewWorkspace({ key: 'no spaces', name: '  ' });
    expect(errors.key).toMatch(/letters, digits/);
    expect(errors.name).toMatch(/non-empty name/);
  });
});

describe('duplicateScorecardId', () => {
  it('reads the id from the import’s DUPLICATE_KEY message', () => {
    const error = new ApiError(409, {
      code: 'DUPLICATE_KEY',
      message: 'scorecard "summit-gear" already exists: workspace "t1" already has it',
    });
    expect(duplicateScorecardId(error)).toBe('summit-gear');
  });

  it('is null for any other error', () => {
    expect(duplicateScorecardId(new ApiError(409, { code: 'CONFLICT', message: 'x' }))).toBeNull();
    expect(duplicateScorecardId(new Error('x'))).toBeNull();
  });
});
