import { describe, expect, it } from 'vitest';
import { resolveSector } from './resolve-sector.ts';
import { SECTOR_IDS } from './sector-ids.ts';
import { SECTORS } from './sectors.ts';

describe('resolveSector', () => {
  it.each(SECTOR_IDS)('reads %s by its id and by its title', (id) => {
    expect(resolveSector(id)).toEqual({ id, match: 'exact' });
    expect(resolveSector(SECTORS[id].title.toUpperCase())).toEqual({ id, match: 'exact' });
  });

  it.each([
    ['St. Clara Hospice', 'health-care'],
    ['palliative care', 'health-care'],
    ['town council', 'local-government'],
    ['City of Riverton', 'local-government'],
    ['food bank', 'non-profit'],
    ['charity', 'non-profit'],
    ['university', 'education'],
    ['IT services', 'business-services'],
    ['business consultancy', 'business-services'],
    ['law firm', 'business-services'],
    ['outdoor retail', 'retail'],
    ['outdoor equipment', 'manufacturing'],
    ['hotel', 'general'],
  ] as const)('maps "%s" to the nearest sector, %s', (text, id) => {
    expect(resolveSector(text)).toEqual({ id, match: 'alias' });
  });

  it('forgives a typo', () => {
    expect(resolveSector('helth care')).toEqual({ id: 'health-care', match: 'typo' });
    expect(resolveSector('educaton')).toEqual({ id: 'education', match: 'typo' });
  });

  it('falls back to general when nothing fits or nothing is given', () => {
    expect(resolveSector('asteroid mining')).toEqual({ id: 'general', match: 'none' });
    expect(resolveSector('')).toEqual({ id: 'general', match: 'empty' });
    expect(resolveSector(undefined)).toEqual({ id: 'general', match: 'empty' });
  });
});
