import { GENERAL } from './commercial.ts';
import type { SectorKnowledge } from './types.ts';

// TEMPORARY stub while the sector's content is written.
export const BUSINESS_SERVICES: SectorKnowledge = {
  ...GENERAL,
  id: 'business-services',
  title: 'business-services',
  aliases: ['business-services'],
};
