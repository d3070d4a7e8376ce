import type { ValueDiscipline } from '../../model/customer.ts';
import { DISCIPLINES } from '../disciplines.ts';
import type { DisciplineKnowledge } from '../types.ts';
import { BUSINESS_SERVICES } from './business-services.ts';
import { GENERAL, MANUFACTURING, RETAIL } from './commercial.ts';
import { EDUCATION } from './education.ts';
import { HEALTH_CARE } from './health-care.ts';
import { LOCAL_GOVERNMENT } from './local-government.ts';
import { NON_PROFIT } from './non-profit.ts';
import { SECTOR_IDS, type SectorId } from './sector-ids.ts';
import type { SectorKnowledge } from './types.ts';

/** Every sector, keyed by its id, so a new sector cannot be forgotten here. */
export const SECTORS: Readonly<Record<SectorId, SectorKnowledge>> = {
  'health-care': HEALTH_CARE,
  'local-government': LOCAL_GOVERNMENT,
  'non-profit': NON_PROFIT,
  education: EDUCATION,
  'business-services': BUSINESS_SERVICES,
  retail: RETAIL,
  manufacturing: MANUFACTURING,
  general: GENERAL,
};

export function sectorKnowledge(id: SectorId): SectorKnowledge {
  return SECTORS[id];
}

/** In the order of `SECTOR_IDS` (the documented list; general last). */
export function allSectors(): readonly SectorKnowledge[] {
  return SECTOR_IDS.map((id) => SECTORS[id]);
}

/** A value discipline in a sector's words: its id, title and family, the sector's content. */
export function sectorDiscipline(
  sector: SectorId,
  discipline: ValueDiscipline,
): DisciplineKnowledge {
  const { id, title, family } = DISCIPLINES[discipline];
  return { id, title, family, ...SECTORS[sector].disciplines[discipline] };
}
