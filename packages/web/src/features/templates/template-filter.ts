import type { TemplateSummary } from './templates.api.ts';

/** The filter value for templates that choose no single value discipline (e.g. public sector). */
export const OTHER = 'other';

/** Discipline filter options in the order the templates first use them. */
export function disciplineOptions(templates: readonly TemplateSummary[]): string[] {
  const seen = new Set<string>();
  let other = false;
  for (const t of templates) {
    if (t.disciplines.length === 0) other = true;
    t.disciplines.forEach((d) => seen.add(d));
  }
  return [...seen, ...(other ? [OTHER] : [])];
}

export function filterTemplates(
  templates: readonly TemplateSummary[],
  discipline: string | null,
): readonly TemplateSummary[] {
  if (discipline === null) return templates;
  return templates.filter((t) =>
    discipline === OTHER ? t.disciplines.length === 0 : t.disciplines.includes(discipline),
  );
}
