/**
 * @bearing/templates — the strategy templates shipped with Bearing: a catalog (name, title,
 * description) and one YAML strategy file per entry under templates/. The CLI starts files from
 * them (`bearing init --template`), the server serves and applies them (/api/templates). Depends
 * on Node's file system only: parsing and checking is core's job, done by the callers.
 */
export { TEMPLATE_CATALOG, type TemplateEntry } from './catalog.ts';
export { findTemplate, readCatalogTemplate } from './read.ts';
