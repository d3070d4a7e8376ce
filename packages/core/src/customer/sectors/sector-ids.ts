/**
 * The sectors whose vocabulary the knowledge base speaks. A wizard answer names one of them (or
 * free text mapped to the nearest, see `resolveSector`); `general` is the neutral commercial
 * fallback when nothing fits.
 */
export const SECTOR_IDS = [
  'health-care',
  'local-government',
  'non-profit',
  'education',
  'business-services',
  'retail',
  'manufacturing',
  'general',
] as const;
export type SectorId = (typeof SECTOR_IDS)[number];

export function isSectorId(value: string): value is SectorId {
  return (SECTOR_IDS as readonly string[]).includes(value);
}
