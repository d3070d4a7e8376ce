import { describe, expect, it } from 'vitest';
import type { Link } from '../../api/types.ts';
import { formatLag, linkPatch, linksOf, linkToValues, validateLinkPatch } from './link-form.ts';

const link = (from: string, to: string, hypothesis: string | null = null): Link => ({
  id: `${from}->${to}`,
  from,
  to,
  hypothesis,
  lag: null,
  version: 1,
});

describe('cause-effect links of an objective', () => {
  it('splits the links into causes (in) and effects (out)', () => {
    const links = [link('qa', 'quality'), link('quality', 'loyalty'), link('qa', 'loyalty')];
    const { causes, effects } = linksOf(links, 'quality');
    expect(causes.map((l) => l.from)).toEqual(['qa']);
    expect(effects.map((l) => l.to)).toEqual(['loyalty']);
  });

  it('writes a lag as the strategy file does', () => {
    expect(formatLag({ count: 2, unit: 'month' })).toBe('2 months');
    expect(formatLag({ count: 1, unit: 'quarter' })).toBe('1 quarter');
    expect(formatLag(null)).toBeNull();
  });

  it('patches the hypothesis; an emptied one is cleared', () => {
    const base = linkToValues(link('qa', 'quality', 'QA finds defects early'));
    expect(linkPatch(base, { hypothesis: 'QA finds defects early' })).toEqual({});
    expect(linkPatch(base, { hypothesis: '' })).toEqual({ hypothesis: null });
    expect(validateLinkPatch({ hypothesis: 'x'.repeat(20_001) })['hypothesis']).toBeDefined();
  });
});
