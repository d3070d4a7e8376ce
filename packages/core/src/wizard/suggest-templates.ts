import { resolveSector } from '../customer/sectors/resolve-sector.ts';
import type { ValueDiscipline } from '../model/customer.ts';

/**
 * What a template says about itself, as far as matching needs: the catalog entry of
 * `@bearing/templates` (or a gallery summary of it) passed in, so core never reads the catalog.
 */
export interface TemplateFacts {
  readonly name: string;
  /** Sector ids (free text is read like a sector answer). */
  readonly sectors: readonly string[];
  /** The value disciplines its value propositions choose. */
  readonly disciplines: readonly string[];
}

export interface TemplateSuggestion {
  readonly name: string;
  /** `sector-and-discipline` fits best; `discipline` only when the answers name no known sector. */
  readonly fit: 'sector-and-discipline' | 'sector' | 'discipline';
}

/** What the suggestion needs from the answers: both optional, as a half-filled form has them. */
export interface SuggestionAnswers {
  readonly sector?: string | undefined;
  readonly valueDiscipline?: ValueDiscipline | undefined;
}

const RANK: Readonly<Record<TemplateSuggestion['fit'], number>> = {
  'sector-and-discipline': 0,
  sector: 1,
  discipline: 2,
};

/**
 * The templates that match the wizard's answers, best first (then in catalog order): a
 * template of the answers' sector, before all one that also chooses their value discipline.
 * A template of another sector is no match, even with the same discipline (a discount grocer
 * is not a hospital's model); only when the sector is general (unknown, or not given) does the discipline
 * alone count.
 */
export function suggestTemplates(
  answers: SuggestionAnswers,
  catalog: readonly TemplateFacts[],
): TemplateSuggestion[] {
  const sector = resolveSector(answers.sector);
  // General is no sector of its own: unknown words, none given, or "general" itself.
  const known = sector.id !== 'general';
  const discipline = answers.valueDiscipline;
  const suggestions: TemplateSuggestion[] = [];
  for (const entry of catalog) {
    const sameSector = known && entry.sectors.some((s) => resolveSector(s).id === sector.id);
    const sameDiscipline = discipline !== undefined && entry.disciplines.includes(discipline);
    if (sameSector) {
      suggestions.push({
        name: entry.name,
        fit: sameDiscipline ? 'sector-and-discipline' : 'sector',
      });
    } else if (!known && sameDiscipline) {
      suggestions.push({ name: entry.name, fit: 'discipline' });
    }
  }
  // Array.prototype.sort is stable: equal fits keep the catalog's order.
  return suggestions.sort((a, b) => RANK[a.fit] - RANK[b.fit]);
}
