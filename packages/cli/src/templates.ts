import { readFileSync } from 'node:fs';

/**
 * Example strategy files shipped with the CLI, kept as real .yaml assets (not strings in code) so
 * they stay readable, are validated by tests, and a later `init --template NAME` adds files only.
 */
export const TEMPLATES = ['strategy'] as const;
export type TemplateName = (typeof TEMPLATES)[number];

export function readTemplate(name: TemplateName): string {
  return readFileSync(new URL(`./assets/${name}.yaml`, import.meta.url), 'utf8');
}
