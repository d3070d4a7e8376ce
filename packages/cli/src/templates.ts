import { readFileSync } from 'node:fs';
import { TEMPLATE_CATALOG, type TemplateEntry } from './template-catalog.ts';

/**
 * Strategy files shipped with the CLI, kept as real .yaml assets (not strings in code) so they
 * stay readable and are validated by tests. `strategy` is the small example `bearing init` writes;
 * the catalog's templates live under assets/templates/.
 */
export const TEMPLATES = ['strategy'] as const;
export type TemplateName = (typeof TEMPLATES)[number];

export { TEMPLATE_CATALOG, type TemplateEntry };

export function readTemplate(name: TemplateName): string {
  return readFileSync(new URL(`./assets/${name}.yaml`, import.meta.url), 'utf8');
}

export function findTemplate(name: string): TemplateEntry | undefined {
  return TEMPLATE_CATALOG.find((t) => t.name === name);
}

/** The text of a catalog template; callers look the name up with `findTemplate` first. */
export function readCatalogTemplate(entry: TemplateEntry): string {
  return readFileSync(new URL(`./assets/templates/${entry.name}.yaml`, import.meta.url), 'utf8');
}
