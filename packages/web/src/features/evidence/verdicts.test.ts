import type { LinkEvidenceResponse } from '@bearing/core';
import { describe, expect, it } from 'vitest';
import { evidenceByLink, evidenceFigures, sortByVerdict, VERDICT_STYLES } from './verdicts.ts';
import { evidenceLink } from './test-fixtures.ts';

describe('sortByVerdict', () => {
  it('puts contradicted first, then supported, inconclusive and insufficient data', () => {
    const links = [
      evidenceLink({ from: 'a', verdict: 'insufficient-data' }),
      evidenceLink({ from: 'b', verdict: 'supported' }),
      evidenceLink({ from: 'c', verdict: 'inconclusive' }),
      evidenceLink({ from: 'd', verdict: 'contradicted' }),
      evidenceLink({ from: 'e', verdict: 'supported' }),
    ];
    expect(sortByVerdict(links).map((l) => l.from)).toEqual(['d', 'b', 'e', 'c', 'a']);
  });

  it('leaves the input as it was', () => {
    const links: LinkEvidenceResponse[] = [
      evidenceLink({ verdict: 'supported' }),
      evidenceLink({ verdict: 'contradicted' }),
    ];
    sortByVerdict(links);
    expect(links.map((l) => l.verdict)).toEqual(['supported', 'contradicted']);
  });
});

describe('VERDICT_STYLES', () => {
  it('draws every verdict with its own dash pattern, so colour is never the only cue', () => {
    const dashes = Object.values(VERDICT_STYLES).map((s) => s.dash);
    expect(new Set(dashes).size).toBe(dashes.length);
    expect(VERDICT_STYLES.supported.dash).toBeNull();
  });

  it('draws contradicted links red and insufficient data faint', () => {
    expect(VERDICT_STYLES.contradicted.color).toBe('red');
    expect(VERDICT_STYLES['insufficient-data'].opacity).toBeLessThan(1);
  });
});

describe('evidenceFigures', () => {
  it('labels the lag against the stated lag, r, p, q and n', () => {
    const figures = evidenceFigures(
      evidenceLink({ lag: 3, statedLag: 1, correlation: -0.543, pValue: 0.0004, qValue: 0.012 }),
    );
    expect(Object.fromEntries(figures.map((f) => [f.label, f.value]))).toEqual({
      Lag: '3 months (stated 1)',
      'Stated lag': '1 month',
      'Correlation r': '-0.54',
      p: '<0.001',
      'q (adjusted)': '0.012',
      n: '29',
    });
  });

  it('says "none" for a link without a stated lag and dashes for untested figures', () => {
    const figures = evidenceFigures(
      evidenceLink({
        verdict: 'insufficient-data',
        lag: null,
        statedLag: null,
        correlation: null,
        pValue: null,
        qValue: null,
        n: 7,
      }),
    );
    expect(figures.map((f) => f.value)).toEqual(['–', 'none', '–', '–', '–', '7']);
  });
});

describe('evidenceByLink', () => {
  it('keys the links as the map does (from->to)', () => {
    const map = evidenceByLink([evidenceLink({ from: 'qa', to: 'cost' })]);
    expect(map.get('qa->cost')?.verdict).toBe('supported');
    expect(evidenceByLink(undefined).size).toBe(0);
  });
});
