import { GENERAL } from './commercial.ts';
import type { SectorKnowledge } from './types.ts';

// TEMPORARY stub while the sector's content is written.
export const LOCAL_GOVERNMENT: SectorKnowledge = {
  ...GENERAL,
  id: 'local-government',
  title: 'local-government',
  aliases: ['local-government'],
};
