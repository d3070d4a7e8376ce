import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TEMPLATE_CATALOG, findTemplate, readCatalogTemplate } from './index.ts';

const FILES = readdirSync(new URL('../templates/', import.meta.url)).sort();

describe('the template catalog', () => {
  it('has one entry per template file and a file per entry', () => {
    expect(TEMPLATE_CATALOG.map((t) => `${t.name}.yaml`).sort()).toEqual(FILES);
  });

  it('gives every entry a unique kebab-case name, a title and a description', () => {
    expect(new Set(TEMPLATE_CATALOG.map((t) => t.name)).size).toBe(TEMPLATE_CATALOG.length);
    for (const t of TEMPLATE_CATALOG) {
      expect(t.name).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(t.title.length, t.name).toBeGreaterThan(0);
      expect(t.description.length, t.name).toBeGreaterThan(0);
    }
  });

  it('finds entries by exact name only', () => {
    expect(findTemplate('hospice')?.title).toBe('Hospice (health care)');
    expect(findTemplate('Hospice')).toBeUndefined();
    expect(findTemplate('../cli/src/assets/strategy')).toBeUndefined();
  });

  it('reads each template as a strategy file', () => {
    for (const t of TEMPLATE_CATALOG) {
      expect(readCatalogTemplate(t), t.name).toMatch(/^bearing: 1$/m);
    }
  });
});
