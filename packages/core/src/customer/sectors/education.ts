import { GENERAL } from './commercial.ts';
import type { SectorKnowledge } from './types.ts';

// TEMPORARY stub while the sector's content is written.
export const EDUCATION: SectorKnowledge = {
  ...GENERAL,
  id: 'education',
  title: 'education',
  aliases: ['education'],
};
