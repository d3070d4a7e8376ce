import { GENERAL } from './commercial.ts';
import type { SectorKnowledge } from './types.ts';

// TEMPORARY stub while the sector's content is written.
export const NON_PROFIT: SectorKnowledge = {
  ...GENERAL,
  id: 'non-profit',
  title: 'non-profit',
  aliases: ['non-profit'],
};
