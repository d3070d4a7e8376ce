import { describe, expect, it } from 'vitest';
import { OTHER, disciplineOptions, filterTemplates } from './template-filter.ts';
import type { TemplateSummary } from './templates.api.ts';

const t = (name: string, disciplines: string[]) =>
  ({ name, disciplines }) as unknown as TemplateSummary;
const list = [
  t('a', ['product-leadership']),
  t('b', []),
  t('c', ['best-total-cost', 'product-leadership']),
];

describe('template filter', () => {
  it('offers each discipline once in first-use order, then "no single discipline"', () => {
    expect(disciplineOptions(list)).toEqual(['product-leadership', 'best-total-cost', OTHER]);
  });

  it('keeps the templates that choose the discipline, or none for "other"', () => {
    expect(filterTemplates(list, 'product-leadership').map((x) => x.name)).toEqual(['a', 'c']);
    expect(filterTemplates(list, OTHER).map((x) => x.name)).toEqual(['b']);
    expect(filterTemplates(list, null)).toBe(list);
  });
});
