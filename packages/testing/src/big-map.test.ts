import { parseStrategyText } from '@bearing/core';
import { describe, expect, it } from 'vitest';
import { generateBigMap } from './big-map.ts';

describe('generateBigMap', () => {
  it('gives a valid strategy file with the asked-for objectives and links', () => {
    const file = generateBigMap({ objectives: 150, links: 300 });
    const result = parseStrategyText(JSON.stringify(file));
    expect(result.ok).toBe(true);
    const card = file.scorecards[0]!;
    expect((card['objectives'] as unknown[]).length).toBe(150);
    expect((card['links'] as unknown[]).length).toBe(300);
  });

  it('is deterministic for a seed', () => {
    expect(JSON.stringify(generateBigMap({ seed: 3 }))).toBe(
      JSON.stringify(generateBigMap({ seed: 3 })),
    );
  });
});
