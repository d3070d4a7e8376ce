import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TARGETS, goodMix, monthRange, withHistories } from './evidence-history.ts';

const read = (file: string) => readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');

describe('scripts/evidence-history', () => {
  it.each(TARGETS.map((t) => [t.file, t] as const))(
    '%s holds exactly what the generator writes, with a good mix of verdicts',
    (_file, { file, seed }) => {
      const committed = read(file);
      const { text, report } = withHistories(committed, seed);
      expect(text).toBe(committed);
      expect(goodMix(report)).toBe(true);
      expect(report.links.filter((l) => l.verdict === 'contradicted')).toHaveLength(1);
    },
  );

  it('counts months across years', () => {
    expect(monthRange('2024-11', 4)).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
  });
});
