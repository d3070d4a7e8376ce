import { readFileSync } from 'node:fs';
import { TEMPLATE_CATALOG, type TemplateEntry } from './catalog.ts';

export function findTemplate(name: string): TemplateEntry | undefined {
  return TEMPLATE_CATALOG.find((t) => t.name === name);
}

/**
 * The text of a catalog template, as shipped (YAML). Callers look the name up with
 * `findTemplate` first, so only catalog names ever become file paths.
 */
export function readCatalogTemplate(entry: TemplateEntry): string {
  return readFileSync(new URL(`../templates/${entry.name}.yaml`, import.meta.url), 'utf8');
}
