// Writes docs/examples/strategy.xlsx, the sample strategy workbook, from the example strategy
// that `bearing init` writes: `node --import tsx scripts/generate-sample-workbook.ts`.
// scripts/sample-workbook.test.ts (and the CLI's import tests) import it and compares it with that strategy.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseStrategyText } from '@bearing/core';
import { writeStrategyWorkbook } from '@bearing/io';

const source = new URL('../packages/cli/src/assets/strategy.yaml', import.meta.url);
const target = new URL('../docs/examples/strategy.xlsx', import.meta.url);

const parsed = parseStrategyText(readFileSync(source, 'utf8'));
if (!parsed.ok) throw new Error(`${fileURLToPath(source)} does not validate`);
writeFileSync(target, await writeStrategyWorkbook(parsed.value));
console.log(`wrote ${fileURLToPath(target)}`);
