import { readFileSync } from 'node:fs';

/**
 * Strategy files the CLI ships, kept as real .yaml assets (not strings in code) so they stay
 * readable and are validated by tests. `strategy` is the small example `bearing init` writes; the
 * catalog's templates live in @bearing/templates, shared with the server.
 */
export const TEMPLATES = ['strategy'] as const;
export type TemplateName = (typeof TEMPLATES)[number];

export {
  TEMPLATE_CATALOG,
  findTemplate,
  readCatalogTemplate,
  type TemplateEntry,
} from '@bearing/templates';

export function readTemplate(name: TemplateName): string {
  return readFileSync(new URL(`./assets/${name}.yaml`, import.meta.url), 'utf8');
}
