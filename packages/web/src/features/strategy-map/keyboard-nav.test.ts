import { describe, expect, it } from 'vitest';
import { firstCard, keyAction, nextCard, type NavCard } from './keyboard-nav.ts';

// Financial: f1 f2 / Customer: c1 c2 c3 (c3 on a second row) / Learning: l1
const cards: NavCard[] = [
  { id: 'f1', lane: 'financial', cx: 300, cy: 80 },
  { id: 'f2', lane: 'financial', cx: 600, cy: 80 },
  { id: 'c1', lane: 'customer', cx: 280, cy: 260 },
  { id: 'c2', lane: 'customer', cx: 620, cy: 262 },
  { id: 'c3', lane: 'customer', cx: 450, cy: 400 },
  { id: 'l1', lane: 'learning', cx: 900, cy: 600 },
];

describe('arrow-key navigation on the map', () => {
  it('starts at the top-left card when nothing is selected', () => {
    expect(nextCard(cards, null, 'down')).toBe('f1');
    expect(firstCard([])).toBeNull();
  });

  it('moves left and right within the lane only', () => {
    expect(nextCard(cards, 'f1', 'right')).toBe('f2');
    expect(nextCard(cards, 'f2', 'left')).toBe('f1');
    expect(nextCard(cards, 'f2', 'right')).toBeNull();
    expect(nextCard(cards, 'c3', 'left')).toBe('c1');
  });

  it('moves up and down to the nearest card of the next row', () => {
    expect(nextCard(cards, 'f2', 'down')).toBe('c2');
    expect(nextCard(cards, 'c1', 'up')).toBe('f1');
    expect(nextCard(cards, 'c2', 'down')).toBe('c3');
    expect(nextCard(cards, 'c3', 'down')).toBe('l1');
    expect(nextCard(cards, 'f1', 'up')).toBeNull();
  });

  it('starts over from the first card when the selection has gone', () => {
    expect(nextCard(cards, 'deleted', 'left')).toBe('f1');
  });
});

describe('keyAction', () => {
  it('turns arrows into selections, and swallows arrows that lead nowhere', () => {
    expect(keyAction('ArrowRight', 'f1', cards)).toEqual({ kind: 'select', id: 'f2' });
    expect(keyAction('ArrowUp', 'f1', cards)).toEqual({ kind: 'stay' });
    expect(keyAction('ArrowDown', null, cards)).toEqual({ kind: 'select', id: 'f1' });
  });

  it('acts on the selected objective with Enter, F2 and Delete, and clears with Escape', () => {
    expect(keyAction('Enter', 'c2', cards)).toEqual({ kind: 'open', id: 'c2' });
    expect(keyAction('F2', 'c2', cards)).toEqual({ kind: 'rename', id: 'c2' });
    expect(keyAction('Delete', 'c2', cards)).toEqual({ kind: 'delete', id: 'c2' });
    expect(keyAction('Escape', 'c2', cards)).toEqual({ kind: 'clear' });
  });

  it('leaves other keys, and selection keys without a selection, to the page', () => {
    expect(keyAction('a', 'c2', cards)).toBeNull();
    expect(keyAction('Delete', null, cards)).toBeNull();
    expect(keyAction('Escape', null, cards)).toBeNull();
  });
});
