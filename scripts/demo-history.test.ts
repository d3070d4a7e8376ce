import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_FILE, DEMO_SEED, offPlan, withDemoHistories } from './demo-history.ts';

const committed = readFileSync(new URL(`../${DEMO_FILE}`, import.meta.url), 'utf8');
const { text, reports } = withDemoHistories(committed, DEMO_SEED);
const links = reports.flatMap((r) => r.links.map((l) => ({ scorecard: r.scorecard, ...l })));
const count = (verdict: string) => links.filter((l) => l.verdict === verdict).length;

describe('scripts/demo-history', () => {
  it('the demo holds exactly what the generator writes', () => {
    expect(text).toBe(committed);
  });

  it('gives every link of the three scorecards the verdict its role plans', () => {
    expect(reports.map((r) => r.scorecard)).toEqual(['acme', 'operations', 'service']);
    expect(offPlan(reports)).toEqual([]);
  });

  it('shows mostly supported links, some inconclusive and exactly one contradicted', () => {
    expect(count('contradicted')).toBe(1);
    expect(count('supported')).toBeGreaterThan(links.length / 2);
    expect(count('inconclusive')).toBeGreaterThanOrEqual(2);
    expect(count('insufficient-data')).toBe(0);
    expect(links.find((l) => l.verdict === 'contradicted')).toMatchObject({
      scorecard: 'operations',
      from: 'inspect-every-batch',
      to: 'dispatch-on-promised-day',
    });
  });

  it('finds each supported link at the lag the map states, over two years of months', () => {
    for (const l of links.filter((x) => x.verdict === 'supported')) {
      expect(l.lag).toBe(l.statedLag);
      expect(l.step).toBe('month');
      expect(l.n).toBeGreaterThanOrEqual(24);
    }
  });

  it('gives reasons that read as sentences naming both objectives', () => {
    const supported = links.find((l) => l.from === 'quality-assurance' && l.to === 'quality');
    expect(supported?.reason).toBe(
      '"Provide high product quality" improved 2 months after "Strengthen quality assurance" improved, in 27 months of data',
    );
    const contradicted = links.find((l) => l.verdict === 'contradicted');
    expect(contradicted?.reason).toMatch(
      /worsened 1 month after .* improved.*the opposite of what the link claims/,
    );
  });
});
