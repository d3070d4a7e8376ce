import { allDisciplines, DISCIPLINES } from '@bearing/core';
import { describe, expect, it } from 'vitest';
import { bestFits, disciplineFit } from './discipline-fit.ts';

const seg = (...values: string[]) => ({ name: 'S', description: '', values }) as never;

describe('disciplineFit', () => {
  it('lists what the segments value that the discipline delivers', () => {
    expect(
      disciplineFit([seg('price', 'brand'), seg('time')], DISCIPLINES['best-total-cost']),
    ).toEqual(['price', 'time']);
  });
});

describe('bestFits', () => {
  it('suggests the disciplines that deliver most of what is valued', () => {
    expect(bestFits([seg('functionality', 'time')], allDisciplines())).toEqual([
      'product-leadership',
    ]);
    expect(bestFits([seg('functionality', 'quality')], allDisciplines())).toEqual([
      'product-leadership',
      'system-lock-in',
    ]);
  });

  it('suggests nothing before any value is picked', () => {
    expect(bestFits([seg()], allDisciplines())).toEqual([]);
  });
});
