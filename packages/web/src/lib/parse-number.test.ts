import { describe, expect, it } from 'vitest';
import { parseNumberCell } from './parse-number.ts';

const value = (text: string) => {
  const cell = parseNumberCell(text);
  return cell.ok ? cell.value : cell.message;
};

describe('parseNumberCell', () => {
  it('reads plain, signed and decimal numbers', () => {
    expect(value('42')).toBe(42);
    expect(value('-3.5')).toBe(-3.5);
    expect(value('+7')).toBe(7);
    expect(value('.5')).toBe(0.5);
    expect(value('1e3')).toBe(1000);
  });

  it('ignores surrounding spaces, comma thousands, a percent sign and a currency sign', () => {
    expect(value('  42 ')).toBe(42);
    expect(value('1,234.5')).toBe(1234.5);
    expect(value('1,234,567')).toBe(1234567);
    expect(value('12%')).toBe(12);
    expect(value('12 %')).toBe(12);
    expect(value('€1,200')).toBe(1200);
    expect(value('−4')).toBe(-4);
  });

  it('reads a decimal comma, with dots grouping thousands, and keeps 1,234 a thousands group', () => {
    expect(value('62,5')).toBe(62.5);
    expect(value('62,5%')).toBe(62.5);
    expect(value('-0,25')).toBe(-0.25);
    expect(value('1.234,5')).toBe(1234.5);
    expect(value('€1.200,50')).toBe(1200.5);
    expect(value('1,234')).toBe(1234);
  });

  it('treats empty text as no value', () => {
    expect(value('')).toBeNull();
    expect(value('   ')).toBeNull();
  });

  it('refuses text and ambiguous separators, quoting what was typed', () => {
    expect(value('abc')).toBe("Not a number: 'abc'");
    expect(value('1,2,3')).toBe("Not a number: '1,2,3'");
    expect(value('1.23,4')).toBe("Not a number: '1.23,4'");
    expect(value('12,34.5')).toBe("Not a number: '12,34.5'");
    expect(value('4 apples')).toBe("Not a number: '4 apples'");
    expect(value('-')).toBe("Not a number: '-'");
    expect(value('1.2.3')).toBe("Not a number: '1.2.3'");
  });

  it('never returns negative zero', () => {
    expect(Object.is(value('-0'), 0)).toBe(true);
  });
});
