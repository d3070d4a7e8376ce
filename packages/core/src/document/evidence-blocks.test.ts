import { describe, expect, it } from 'vitest';
import { plantedStrategy } from '../evidence/test-helpers.ts';
import { periodOf } from '../periods/period.ts';
import { strategyDocument } from './document.ts';

describe('the strategy document: Evidence', () => {
  it('tells what the KPI history says about each link, after the links', () => {
    const strategy = plantedStrategy({ planted: 'follows', seed: 4, lag: 2 });
    const md = strategyDocument(strategy, { format: 'md' });
    expect(md).toContain('### Evidence\n');
    expect(md.indexOf('### Evidence')).toBeGreaterThan(md.indexOf('### Cause and effect'));
    expect(md).toContain('What the KPI history up to 2026-12 says about each link');
    expect(md).toContain('Correlation is not causation');
    expect(md).toMatch(
      /\| Quality assurance → Product quality \| supported \| 2 months \| 0\.\d\d \| 0\.001 \| 33 \| "Product quality" improved 2 months after "Quality assurance" improved, in 33 months of data \|/,
    );
  });

  it('judges the history up to the period the document is as of', () => {
    const strategy = plantedStrategy({ planted: 'follows', seed: 4, lag: 2 });
    const md = strategyDocument(strategy, { format: 'md', period: periodOf('2024-09') });
    expect(md).toMatch(
      /\| Quality assurance → Product quality \| insufficient data \| – \| – \| – \| 8 \|/,
    );
  });

  it('has no Evidence section without links or without any value', () => {
    const strategy = plantedStrategy({ planted: 'follows', seed: 4 });
    const card = strategy.scorecards[0]!;
    const noLinks = { ...strategy, scorecards: [{ ...card, links: [] }] };
    expect(strategyDocument(noLinks, { format: 'md' })).not.toContain('### Evidence');
    const noValues = {
      ...strategy,
      scorecards: [
        {
          ...card,
          objectives: card.objectives.map((o) => ({
            ...o,
            kpis: o.kpis.map((k) => ({ ...k, values: [] })),
          })),
        },
      ],
    };
    expect(strategyDocument(noValues, { format: 'md' })).not.toContain('### Evidence');
  });
});
