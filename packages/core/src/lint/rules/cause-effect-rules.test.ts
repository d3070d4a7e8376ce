import { buildObjective, buildScorecard } from '@bearing/testing';
import { describe, expect, it } from 'vitest';
import { objectiveId, scorecardId } from '../../model/ids.ts';
import type { Link } from '../../model/strategy.ts';
import { customer, financial, findingsOf, internal, learning } from '../test-helpers.ts';

const o = (id: string, perspective = customer, extra = {}) =>
  buildObjective({ id: objectiveId(id), name: id, perspective, ...extra });
const link = (from: string, to: string, hypothesis: string | null = 'If … then …'): Link => ({
  from: objectiveId(from),
  to: objectiveId(to),
  hypothesis,
  lag: null,
});

describe('unlinked-objective', () => {
  it('fires on an objective with no path to a financial objective', () => {
    const s = buildScorecard({
      objectives: [o('profit', financial), o('quality'), o('qa', internal)],
      links: [link('quality', 'profit')],
    });
    expect(findingsOf('unlinked-objective', s).map((f) => f.objective)).toEqual(['qa']);
  });
  it('follows chains, parents and cascading', () => {
    const s = buildScorecard({
      objectives: [
        o('profit', financial),
        o('quality'),
        o('qa', internal),
        o('skills', learning, { parent: objectiveId('qa') }),
        o('cascaded', internal, {
          contributesTo: { scorecard: scorecardId('corp'), objective: objectiveId('x') },
        }),
      ],
      links: [link('quality', 'profit'), link('qa', 'quality')],
    });
    expect(findingsOf('unlinked-objective', s)).toEqual([]);
  });
  it('uses the top perspective when there is no financial objective (public bodies)', () => {
    const s = buildScorecard({
      objectives: [o('safety'), o('patrols', internal), o('training', learning)],
      links: [link('patrols', 'safety')],
    });
    expect(findingsOf('unlinked-objective', s).map((f) => f.objective)).toEqual(['training']);
  });
  it('reports a map without any links once, for the scorecard', () => {
    const s = buildScorecard({
      objectives: [o('profit', financial), o('quality'), o('qa', internal)],
    });
    const findings = findingsOf('unlinked-objective', s);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ objective: null });
  });
});

describe('link-cycle', () => {
  it('fires on a loop of links', () => {
    const s = buildScorecard({
      objectives: [o('a'), o('b'), o('c')],
      links: [link('a', 'b'), link('b', 'c'), link('c', 'a')],
    });
    const [finding] = findingsOf('link-cycle', s);
    expect(finding?.message).toContain('a → b → c → a');
  });
  it('does not fire on a chain', () => {
    const s = buildScorecard({
      objectives: [o('a'), o('b'), o('c')],
      links: [link('a', 'b'), link('b', 'c')],
    });
    expect(findingsOf('link-cycle', s)).toEqual([]);
  });
});

describe('link-without-hypothesis', () => {
  it('fires on a link without hypothesis and not on one with it', () => {
    const s = buildScorecard({
      objectives: [o('a'), o('b'), o('c')],
      links: [link('a', 'b', null), link('b', 'c')],
    });
    expect(findingsOf('link-without-hypothesis', s).map((f) => f.message)).toEqual([
      'The link a → b states no hypothesis.',
    ]);
  });
});

describe('perspective-empty', () => {
  it('fires per empty perspective', () => {
    const s = buildScorecard({ objectives: [o('profit', financial), o('quality')] });
    expect(findingsOf('perspective-empty', s).map((f) => f.message)).toEqual([
      'The Internal Processes perspective has no objectives.',
      'The Learning and Growth perspective has no objectives.',
    ]);
  });
  it('does not fire when every perspective has an objective', () => {
    const s = buildScorecard({
      objectives: [o('a', financial), o('b'), o('c', internal), o('d', learning)],
    });
    expect(findingsOf('perspective-empty', s)).toEqual([]);
  });
});
