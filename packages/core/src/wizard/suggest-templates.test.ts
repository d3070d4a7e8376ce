import { describe, expect, it } from 'vitest';
import { suggestTemplates, type TemplateFacts } from './suggest-templates.ts';

/** The shape of the shipped catalog's metadata (packages/templates), passed in as data. */
const CATALOG: readonly TemplateFacts[] = [
  { name: 'customer-perspective', sectors: ['retail'], disciplines: [] },
  { name: 'best-total-cost', sectors: ['retail'], disciplines: ['best-total-cost'] },
  { name: 'product-leadership', sectors: ['manufacturing'], disciplines: ['product-leadership'] },
  { name: 'hospice', sectors: ['health-care'], disciplines: ['customer-intimacy'] },
  { name: 'city-council', sectors: ['local-government'], disciplines: ['operational-excellence'] },
  { name: 'non-profit', sectors: ['non-profit'], disciplines: ['customer-intimacy'] },
];

describe('suggestTemplates', () => {
  it('suggests the hospice template for a health care answer, whatever the discipline', () => {
    expect(
      suggestTemplates({ sector: 'health care', valueDiscipline: 'customer-intimacy' }, CATALOG),
    ).toEqual([{ name: 'hospice', fit: 'sector-and-discipline' }]);
    expect(
      suggestTemplates({ sector: 'hospice', valueDiscipline: 'best-total-cost' }, CATALOG),
    ).toEqual([{ name: 'hospice', fit: 'sector' }]);
  });

  it('reads the sector as free text: a town, a food bank', () => {
    expect(suggestTemplates({ sector: 'town council' }, CATALOG)).toEqual([
      { name: 'city-council', fit: 'sector' },
    ]);
    expect(
      suggestTemplates({ sector: 'food bank', valueDiscipline: 'operational-excellence' }, CATALOG),
    ).toEqual([{ name: 'non-profit', fit: 'sector' }]);
  });

  it('ranks the template that also shares the discipline first, then keeps catalog order', () => {
    expect(
      suggestTemplates({ sector: 'retail', valueDiscipline: 'best-total-cost' }, CATALOG).map(
        (s) => s.name,
      ),
    ).toEqual(['best-total-cost', 'customer-perspective']);
    expect(
      suggestTemplates({ sector: 'retail', valueDiscipline: 'system-lock-in' }, CATALOG),
    ).toEqual([
      { name: 'customer-perspective', fit: 'sector' },
      { name: 'best-total-cost', fit: 'sector' },
    ]);
  });

  it('does not suggest another sector’s template for the same discipline', () => {
    expect(
      suggestTemplates({ sector: 'education', valueDiscipline: 'customer-intimacy' }, CATALOG),
    ).toEqual([]);
  });

  it('matches on the discipline alone only when the sector is general or unknown', () => {
    expect(suggestTemplates({ valueDiscipline: 'product-leadership' }, CATALOG)).toEqual([
      { name: 'product-leadership', fit: 'discipline' },
    ]);
    expect(
      suggestTemplates(
        { sector: 'asteroid mining', valueDiscipline: 'customer-intimacy' },
        CATALOG,
      ),
    ).toEqual([
      { name: 'hospice', fit: 'discipline' },
      { name: 'non-profit', fit: 'discipline' },
    ]);
    expect(
      suggestTemplates({ sector: 'general', valueDiscipline: 'best-total-cost' }, CATALOG),
    ).toEqual([{ name: 'best-total-cost', fit: 'discipline' }]);
    expect(suggestTemplates({}, CATALOG)).toEqual([]);
  });
});
