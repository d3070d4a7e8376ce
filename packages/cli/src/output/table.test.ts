import { describe, expect, it } from 'vitest';
import { colorsFor } from './colors.ts';
import { cell, renderTable, width } from './table.ts';

describe('renderTable', () => {
  it('pads columns to the widest cell and aligns right where asked', () => {
    const out = renderTable(
      [
        [cell('a'), cell('1.0%')],
        [cell('longer'), cell('100.0%')],
      ],
      ['left', 'right'],
    );
    expect(out).toBe('a         1.0%\nlonger  100.0%\n');
  });

  it('measures without colour codes, so coloured cells stay aligned', () => {
    const red = colorsFor({ env: {}, isTTY: true }).red;
    const out = renderTable(
      [
        [cell('red', red), cell('x')],
        [cell('green'), cell('y')],
      ],
      ['left', 'left'],
    );
    expect(out.split('\n')[0]).toBe('\u001b[31mred\u001b[39m    x');
  });

  it('counts characters such as ≤ and é as one column', () => {
    expect(width('≤ 2%')).toBe(4);
    expect(width('Qualité')).toBe(7);
  });
});
