import { readFileSync } from 'node:fs';
import { parseStrategyText } from '@bearing/core';
import { describe, expect, it } from 'vitest';

const doc = readFileSync(new URL('./strategy-file.md', import.meta.url), 'utf8');
const yamlBlocks = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe('docs/strategy-file.md', () => {
  it('has a complete example', () => {
    expect(yamlBlocks.length).toBeGreaterThan(0);
  });

  it.each(yamlBlocks.map((block, i) => [i, block] as const))(
    'example %i is a valid strategy file',
    (_, block) => {
      const result = parseStrategyText(block);
      expect(result.ok ? [] : result.issues).toEqual([]);
    },
  );
});
