import { describe, expect, it } from 'vitest';
import { cellBelow, focusCell } from './grid-keys.ts';

function grid(): HTMLElement {
  const root = document.createElement('div');
  for (let row = 0; row < 3; row++) {
    for (const col of ['value', 'comment']) {
      const input = document.createElement('input');
      input.dataset['col'] = col;
      input.dataset['row'] = String(row);
      root.append(input);
    }
  }
  document.body.append(root);
  return root;
}

describe('grid keys', () => {
  it('moves down the same column on Enter and up on Shift+Enter', () => {
    const root = grid();
    const input = root.querySelector<HTMLInputElement>('[data-col="comment"][data-row="1"]');
    expect(cellBelow(input, 'Enter', false)).toEqual({ col: 'comment', row: 2 });
    expect(cellBelow(input, 'Enter', true)).toEqual({ col: 'comment', row: 0 });
    expect(cellBelow(input, 'Tab', false)).toBeNull();
    root.remove();
  });

  it('focuses the cell if it exists, and reports when it does not', () => {
    const root = grid();
    expect(focusCell(root, 'value', 2)).toBe(true);
    expect((document.activeElement as HTMLInputElement).dataset['row']).toBe('2');
    expect(focusCell(root, 'value', 3)).toBe(false);
    root.remove();
  });
});
