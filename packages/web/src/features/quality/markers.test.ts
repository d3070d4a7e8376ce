import { describe, expect, it } from 'vitest';
import { summariseMarkers } from './markers.ts';
import { buildFinding } from './test-fixtures.ts';

describe('summariseMarkers', () => {
  it('folds an objective’s findings into its worst severity, a count and the messages worst first', () => {
    const markers = summariseMarkers([
      buildFinding({ objective: 'a', severity: 'info', message: 'no owner' }),
      buildFinding({ objective: 'a', severity: 'error', message: 'no KPI' }),
      buildFinding({ objective: 'a', severity: 'warning', message: 'no leading KPI' }),
      buildFinding({ objective: 'b', severity: 'info', message: 'no initiative' }),
    ]);
    expect(markers.get('a')).toEqual({
      severity: 'error',
      count: 3,
      messages: ['no KPI', 'no leading KPI', 'no owner'],
    });
    expect(markers.get('b')).toEqual({ severity: 'info', count: 1, messages: ['no initiative'] });
  });

  it('leaves out scorecard-level findings and objectives without findings', () => {
    const markers = summariseMarkers([buildFinding({ objective: null })]);
    expect(markers.size).toBe(0);
  });
});
