import { describe, expect, it } from 'vitest';
import { isMultiCellPaste, splitPaste } from './paste.ts';

describe('splitPaste', () => {
  it('splits a copied column into lines, dropping the trailing line break', () => {
    expect(splitPaste('1\n2\n3\n')).toEqual([['1'], ['2'], ['3']]);
    expect(splitPaste('1\r\n2\r\n')).toEqual([['1'], ['2']]);
  });

  it('splits copied columns on tabs and keeps empty cells', () => {
    expect(splitPaste('4.5\tgood month\n\t\n7')).toEqual([['4.5', 'good month'], ['', ''], ['7']]);
  });

  it('tells a one-cell paste from a many-cell one', () => {
    expect(isMultiCellPaste('42')).toBe(false);
    expect(isMultiCellPaste('42\n')).toBe(false);
    expect(isMultiCellPaste('42\n43')).toBe(true);
    expect(isMultiCellPaste('42\tnote')).toBe(true);
  });
});
