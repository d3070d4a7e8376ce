import { describe, expect, it } from 'vitest';
import type { FileIssue } from './issues.ts';
import { parseStrategyText } from './parse.ts';
import { stringifyStrategy } from './serialize.ts';

const source = `bearing: 1
lint:
  rules:
    too-many-objectives: {level: info, maxPerPerspective: 5}
    kpi-without-owner: off
scorecards:
  - id: corp
    name: Corporate
    customer:
      stakeholders:
        - {id: buyers, name: Outdoor shoppers, needs: [Gear that lasts]}
        - {id: dealers, name: Dealers, kind: partner, needs: [Stock that sells]}
      segments:
        - {id: hikers, name: Weekend hikers, description: Two trips a month, values: [quality, price]}
        - {id: pros, name: Guides, values: [functionality], targeted: false}
      valueProposition:
        discipline: product-leadership
        attributes:
          - {attribute: quality, objective: quality}
    objectives:
      - id: quality
        name: Provide high product quality
        perspective: customer
        stakeholder: buyers
        segment: hikers
        lint: {ignore: [objective-without-initiative], reason: Delivered by the supplier programme}
        kpis:
          - {id: retention, name: Hiker retention, segment: hikers, outcome: retention, indicator: lagging, baseline: 50, target: 70}
`;

function issuesOf(text: string): readonly FileIssue[] {
  const result = parseStrategyText(text);
  if (result.ok) throw new Error('expected the file to be invalid');
  return result.issues;
}

describe('strategy file: customer section and lint settings', () => {
  const parsed = parseStrategyText(source);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues, null, 1));
  const strategy = parsed.value;
  const scorecard = strategy.scorecards[0]!;

  it('reads stakeholders, segments and the value proposition with their defaults', () => {
    expect(scorecard.customer?.stakeholders).toEqual([
      { id: 'buyers', name: 'Outdoor shoppers', kind: 'customer', needs: ['Gear that lasts'] },
      { id: 'dealers', name: 'Dealers', kind: 'partner', needs: ['Stock that sells'] },
    ]);
    expect(scorecard.customer?.segments[0]).toMatchObject({ id: 'hikers', targeted: true });
    expect(scorecard.customer?.segments[1]).toMatchObject({ description: null, targeted: false });
    expect(scorecard.customer?.valueProposition).toEqual({
      discipline: 'product-leadership',
      attributes: [{ attribute: 'quality', objective: 'quality' }],
    });
  });

  it('reads objective and KPI customer references and lint settings', () => {
    const objective = scorecard.objectives[0]!;
    expect(objective).toMatchObject({ stakeholder: 'buyers', segment: 'hikers' });
    expect(objective.lint).toEqual({
      ignore: ['objective-without-initiative'],
      reason: 'Delivered by the supplier programme',
    });
    expect(objective.kpis[0]).toMatchObject({ segment: 'hikers', outcome: 'retention' });
    expect(strategy.lint?.rules).toEqual({
      'too-many-objectives': { level: 'info', maxPerPerspective: 5 },
      'kpi-without-owner': 'off',
    });
  });

  it('defaults absent keys to null', () => {
    const plain = parseStrategyText(`bearing: 1
scorecards:
  - name: S
    objectives:
      - {name: O, perspective: customer, kpis: [{name: K}]}
`);
    if (!plain.ok) throw new Error('expected valid');
    const s = plain.value.scorecards[0]!;
    expect(plain.value.lint).toBeNull();
    expect(s.customer).toBeNull();
    expect(s.objectives[0]).toMatchObject({ stakeholder: null, segment: null, lint: null });
    expect(s.objectives[0]!.kpis[0]).toMatchObject({ segment: null, outcome: null });
  });

  it.each(['yaml', 'json'] as const)('round-trips through %s without loss', (format) => {
    const again = parseStrategyText(stringifyStrategy(strategy, format), format);
    expect(again.ok && again.value).toEqual(strategy);
  });

  it('reports unknown stakeholder, segment and attribute objective with did-you-mean', () => {
    const text = source
      .replace('stakeholder: buyers', 'stakeholder: buyer')
      .replace('segment: hikers\n', 'segment: hiker\n')
      .replace('objective: quality}', 'objective: qualty}');
    const issues = issuesOf(text);
    expect(issues.map((i) => [i.code, i.path, i.hint])).toEqual(
      expect.arrayContaining([
        ['BROKEN_REFERENCE', 'scorecards[0].objectives[0].stakeholder', 'did you mean "buyers"?'],
        ['BROKEN_REFERENCE', 'scorecards[0].objectives[0].segment', 'did you mean "hikers"?'],
        [
          'BROKEN_REFERENCE',
          'scorecards[0].customer.valueProposition.attributes[0].objective',
          'did you mean "quality"?',
        ],
      ]),
    );
  });

  it('reports an unknown rule id in either lint section with did-you-mean', () => {
    const text = source
      .replace('kpi-without-owner: off', 'kpi-without-ownr: off')
      .replace('ignore: [objective-without-initiative]', 'ignore: [objective-without-initiatives]');
    const issues = issuesOf(text);
    expect(issues.map((i) => [i.path, i.message, i.hint])).toEqual(
      expect.arrayContaining([
        [
          'lint.rules.kpi-without-ownr',
          'no lint rule "kpi-without-ownr"',
          'did you mean "kpi-without-owner"?',
        ],
        [
          'scorecards[0].objectives[0].lint.ignore[0]',
          'no lint rule "objective-without-initiatives"',
          'did you mean "objective-without-initiative"?',
        ],
      ]),
    );
  });

  it('requires a reason for a suppression and rejects unknown enum values', () => {
    const text = source
      .replace(', reason: Delivered by the supplier programme', '')
      .replace('kind: partner', 'kind: reseller')
      .replace('outcome: retention', 'outcome: loyalty');
    const paths = issuesOf(text).map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'scorecards[0].objectives[0].lint.reason',
        'scorecards[0].customer.stakeholders[1].kind',
        'scorecards[0].objectives[0].kpis[0].outcome',
      ]),
    );
  });
});
