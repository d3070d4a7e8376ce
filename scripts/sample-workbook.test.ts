import { readFileSync } from 'node:fs';
import { parseStrategyText } from '@bearing/core';
import { readStrategyWorkbook } from '@bearing/io';
import { describe, expect, it } from 'vitest';

const SAMPLE = new URL('../docs/examples/strategy.xlsx', import.meta.url);
const SOURCE = new URL('../packages/cli/src/assets/strategy.yaml', import.meta.url);

describe('docs/examples/strategy.xlsx', () => {
  it('is the example strategy as a workbook (run scripts/generate-sample-workbook.ts after changing either)', async () => {
    const read = await readStrategyWorkbook(readFileSync(SAMPLE));
    if (!read.ok) expect(read.issues).toEqual([]);
    const source = parseStrategyText(readFileSync(SOURCE, 'utf8'));
    expect(read.ok && read.value).toEqual(source.ok && source.value);
  });
});
