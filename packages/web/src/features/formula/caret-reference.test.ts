import { describe, expect, it } from 'vitest';
import { insertReference, openReferenceAt } from './caret-reference.ts';

describe('openReferenceAt', () => {
  it('opens right after a [ with an empty query', () => {
    expect(openReferenceAt('[', 1)).toEqual({ start: 0, end: 1, query: '' });
  });

  it('reads what was typed after the [ up to the caret', () => {
    expect(openReferenceAt('[orders] / [vis', 15)).toEqual({ start: 11, end: 15, query: 'vis' });
    expect(openReferenceAt('[sales/ord', 10)?.query).toBe('sales/ord');
  });

  it('is closed once the reference has its ] or an operator follows', () => {
    expect(openReferenceAt('[orders]', 8)).toBeNull();
    expect(openReferenceAt('[orders] / 2', 12)).toBeNull();
    expect(openReferenceAt('[orders + 1', 11)).toBeNull();
    expect(openReferenceAt('orders', 3)).toBeNull();
  });

  it('inside an existing reference, covers the rest of it and its ]', () => {
    expect(openReferenceAt('[ord] + 1', 3)).toEqual({ start: 0, end: 5, query: 'or' });
  });
});

describe('insertReference', () => {
  it('writes the bracketed reference and puts the caret after it', () => {
    const text = '[orders] / [vi';
    const open = openReferenceAt(text, text.length)!;
    expect(insertReference(text, open, 'visits')).toEqual({
      text: '[orders] / [visits]',
      caret: 19,
    });
  });

  it('replaces an existing reference without doubling its ]', () => {
    const open = openReferenceAt('[ord] * 100', 3)!;
    expect(insertReference('[ord] * 100', open, 'sales/orders').text).toBe('[sales/orders] * 100');
  });
});
