import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../', import.meta.url);
const shots = new URL('./screenshots/', import.meta.url);
const pages = [
  'README.md',
  ...readdirSync(new URL('./', import.meta.url))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

function referencedImages(): Map<string, string> {
  const found = new Map<string, string>();
  for (const page of pages) {
    const text = readFileSync(new URL(page, root), 'utf8');
    for (const match of text.matchAll(/\]\(((?:docs\/)?screenshots\/[^)]+\.png)\)/g)) {
      found.set(match[1]!.replace(/^docs\//, ''), page);
    }
  }
  return found;
}

describe('screenshots in the docs', () => {
  it('exist for every image the README and the docs show', () => {
    const files = new Set(readdirSync(shots));
    const missing = [...referencedImages()].filter(
      ([image]) => !files.has(image.replace('screenshots/', '')),
    );
    expect(missing).toEqual([]);
  });

  it('are each shown somewhere (npm run screenshots writes them; unused ones are deleted)', () => {
    const shown = new Set(
      [...referencedImages().keys()].map((image) => image.replace('screenshots/', '')),
    );
    const unused = readdirSync(shots).filter((file) => file.endsWith('.png') && !shown.has(file));
    expect(unused).toEqual([]);
  });
});
