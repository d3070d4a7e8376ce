import { aliasBomb } from '@bearing/testing';
import { describe, expect, it } from 'vitest';
import { expandsPast, expansionBudget } from './expansion.ts';
import { parseStrategyText } from './parse.ts';

describe('YAML alias expansion', () => {
  it('refuses an alias bomb at once, naming the limit, instead of expanding it', () => {
    const bomb = aliasBomb(99, 3);
    expect(bomb.length).toBeLessThan(3_300);
    const result = parseStrategyText(bomb);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({
      code: 'TOO_LARGE',
      path: '',
      message: expect.stringContaining(
        `more than ${expansionBudget(bomb.length)} values`,
      ) as string,
      hint: expect.stringContaining('aliases') as string,
    });
  });

  it('refuses a deeper bomb just as cheaply (the walk stops at the budget)', () => {
    const result = parseStrategyText(aliasBomb(50, 8));
    expect(result.ok).toBe(false);
  });

  it('accepts aliases used as intended, to repeat a small block', () => {
    const text = `bearing: 1
scorecards:
  - id: corp
    name: Corporate
    objectives:
${Array.from({ length: 30 }, (_, i) => `      - name: Objective ${i}\n        perspective: financial\n        kpis:\n          - name: KPI ${i}\n            thresholds: ${i === 0 ? '&t {green: 0.9, amber: 0.6}' : '*t'}`).join('\n')}
`;
    const result = parseStrategyText(text);
    expect(result.ok).toBe(true);
  });

  it('counts values with the budget, never more than the budget', () => {
    const shared = ['a', 'b'];
    const tree = { x: shared, y: shared, z: [shared, shared] };
    // 1 root + 3 fields + 2 items in z + 4 × 2 strings = 14 values
    expect(expandsPast(tree, 14)).toBe(false);
    expect(expandsPast(tree, 13)).toBe(true);
  });
});
