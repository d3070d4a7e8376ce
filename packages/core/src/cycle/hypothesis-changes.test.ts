import { describe, expect, it } from 'vitest';
import { type LinkVerdictSeen, scanVerdicts } from './hypothesis-changes.ts';

const link = (verdict: string): LinkVerdictSeen => ({
  subject: 'link:corp/qa->cost',
  scorecard: 'corp',
  scorecardName: 'Corporate',
  from: 'qa',
  to: 'cost',
  verdict,
  reason: 'r',
  period: '2027-06',
});

describe('scanVerdicts', () => {
  it.each([
    { previous: undefined, now: 'contradicted', announced: false },
    { previous: 'supported', now: 'contradicted', announced: true },
    { previous: 'inconclusive', now: 'contradicted', announced: true },
    { previous: 'contradicted', now: 'contradicted', announced: false },
    { previous: 'contradicted', now: 'supported', announced: false },
  ])('from $previous to $now: announced is $announced', ({ previous, now, announced }) => {
    const marks = new Map(previous === undefined ? [] : [['link:corp/qa->cost', previous]]);
    const scan = scanVerdicts(marks, [link(now)]);
    expect(scan.contradicted.length > 0).toBe(announced);
    expect(scan.marks).toEqual([{ subject: 'link:corp/qa->cost', state: now, period: '2027-06' }]);
  });
});
