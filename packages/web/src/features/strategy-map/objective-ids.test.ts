import { describe, expect, it } from 'vitest';
import { uniqueObjectiveId } from './objective-ids.ts';

describe('uniqueObjectiveId', () => {
  it('is the slug of the name', () => {
    expect(uniqueObjectiveId('Grow revenue from Repeat customers!', [])).toBe(
      'grow-revenue-from-repeat-customers',
    );
  });

  it('adds the first free number when the slug is taken', () => {
    expect(uniqueObjectiveId('Quality', ['quality', 'quality-2'])).toBe('quality-3');
  });

  it('falls back to a generic id for names without letters or digits', () => {
    expect(uniqueObjectiveId('???', [])).toBe('objective');
  });

  it('stays within the id length limit with a suffix', () => {
    const name = 'x'.repeat(120);
    const id = uniqueObjectiveId(name, ['x'.repeat(80)]);
    expect(id).toHaveLength(80);
    expect(id.endsWith('-2')).toBe(true);
  });
});
