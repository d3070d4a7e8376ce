import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseStrategyText, type Strategy } from '@bearing/core';
import { describe, expect, it } from 'vitest';
import { readStrategyWorkbook } from './read-workbook.ts';
import { writeStrategyWorkbook } from './write-workbook.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../../../..');
const TEMPLATES = join(ROOT, 'packages/templates/templates');

/** Every template, the demo (`bearing init`, `serve --demo`), and files with rarer keys. */
const FILES = [
  ...readdirSync(TEMPLATES)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => join(TEMPLATES, f)),
  join(ROOT, 'packages/cli/src/assets/strategy.yaml'),
  join(ROOT, 'packages/core/src/scoring/__fixtures__/calculated.yaml'),
  join(ROOT, 'packages/cli/src/__fixtures__/evidence.yaml'),
  join(ROOT, 'packages/cli/src/__fixtures__/two-scorecards.yaml'),
  join(ROOT, 'packages/io/src/workbook/__fixtures__/every-key.yaml'),
];

function parse(file: string): Strategy {
  const parsed = parseStrategyText(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(`${file} does not validate: ${parsed.issues[0]?.message}`);
  return parsed.value;
}

describe('the strategy workbook round-trips', () => {
  it.each(FILES.map((f) => [basename(f), f]))(
    '%s: export → import gives the same strategy',
    async (_name, file) => {
      const strategy = parse(file);
      const read = await readStrategyWorkbook(await writeStrategyWorkbook(strategy));
      if (!read.ok) expect(read.issues).toEqual([]);
      expect(read.ok && read.value).toEqual(strategy);
    },
  );
});
