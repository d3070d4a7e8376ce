import { closest } from '../../schema/closest.ts';
import { SECTOR_IDS, type SectorId } from './sector-ids.ts';
import { SECTORS } from './sectors.ts';

/**
 * How a free-text sector answer was read: `exact` (a sector's id or title), `alias` (a word that
 * means it: "hospice" → health care), `typo` (close to an id, title or alias), `none` (nothing
 * fits: the general sector), `empty` (no answer: general).
 */
export interface ResolvedSector {
  readonly id: SectorId;
  readonly match: 'exact' | 'alias' | 'typo' | 'none' | 'empty';
}

/**
 * The sector whose vocabulary fits a free-text answer. An alias counts when it starts a word of
 * the answer; when several sectors' aliases do ("business services": general's "business",
 * business services' "business service"), the longest alias wins, as the most specific reading.
 */
export function resolveSector(text: string | null | undefined): ResolvedSector {
  const answer = normalise(text ?? '');
  if (answer === '') return { id: 'general', match: 'empty' };
  const exact = SECTOR_IDS.find(
    (id) => normalise(id) === answer || normalise(SECTORS[id].title) === answer,
  );
  if (exact !== undefined) return { id: exact, match: 'exact' };
  const padded = ` ${answer}`;
  let best: { id: SectorId; length: number } | null = null;
  for (const id of SECTOR_IDS) {
    for (const alias of SECTORS[id].aliases) {
      if (padded.includes(` ${normalise(alias)}`) && alias.length > (best?.length ?? 0))
        best = { id, length: alias.length };
    }
  }
  if (best !== null) return { id: best.id, match: 'alias' };
  const names = SECTOR_IDS.flatMap((id) => [
    normalise(id),
    normalise(SECTORS[id].title),
    ...SECTORS[id].aliases.filter((a) => a.length >= 5).map(normalise),
  ]);
  const guess = closest(answer, names);
  const typo =
    guess === null
      ? undefined
      : SECTOR_IDS.find((id) =>
          [id, SECTORS[id].title, ...SECTORS[id].aliases].some((n) => normalise(n) === guess),
        );
  return typo === undefined ? { id: 'general', match: 'none' } : { id: typo, match: 'typo' };
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
