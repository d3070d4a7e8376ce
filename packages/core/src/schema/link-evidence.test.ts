import { describe, expect, it } from 'vitest';
import type { FileIssue } from './issues.ts';
import { parseStrategyText } from './parse.ts';
import { stringifyStrategy } from './serialize.ts';

/** qa (KPI qa-hours) → quality (KPIs returns, complaints), with the link's `evidence` spliced in. */
const file = (evidence: string) => `bearing: 1
scorecards:
  - id: corp
    name: Corporate
    objectives:
      - id: qa
        name: Invest in quality assurance
        perspective: internal
        kpis: [{id: qa-hours, name: QA hours, baseline: 0, target: 100}]
      - id: quality
        name: Provide high product quality
        perspective: customer
        kpis:
          - {id: returns, name: Returns, baseline: 8, target: 2, optimization: minimize}
          - {id: complaints, name: Complaints, baseline: 50, target: 10, optimization: minimize}
    links:
      - from: qa
        to: quality
        lag: 2 months
${evidence}`;

function issuesOf(text: string): readonly FileIssue[] {
  const result = parseStrategyText(text);
  if (result.ok) throw new Error('expected the file to be invalid');
  return result.issues;
}

describe('links: evidence', () => {
  it('reads the KPIs a link is tested on', () => {
    const result = parseStrategyText(
      file('        evidence: {cause: qa-hours, effect: returns}\n'),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.value.scorecards[0]!.links[0]).toEqual({
      from: 'qa',
      to: 'quality',
      hypothesis: null,
      lag: { count: 2, unit: 'month' },
      evidence: { cause: 'qa-hours', effect: 'returns' },
    });
  });

  it('leaves a link without evidence as it was', () => {
    const result = parseStrategyText(file(''));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect('evidence' in result.value.scorecards[0]!.links[0]!).toBe(false);
  });

  it('writes it back and reads the same strategy', () => {
    const result = parseStrategyText(
      file('        evidence: {cause: qa-hours, effect: returns}\n'),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const again = parseStrategyText(stringifyStrategy(result.value, 'yaml'));
    expect(again).toEqual(result);
  });

  it('rejects a KPI of the wrong objective, saying where it belongs', () => {
    const [issue] = issuesOf(file('        evidence: {cause: returns, effect: returns}\n'));
    expect(issue).toMatchObject({
      code: 'BROKEN_REFERENCE',
      path: 'scorecards[0].links[0].evidence.cause',
      message: 'no KPI "returns" in objective "qa", the link\'s cause',
      hint: '"returns" is a KPI of "quality", the other end of the link; "qa" has qa-hours',
      line: 20,
    });
  });

  it('suggests the nearest KPI id for a typo', () => {
    const [issue] = issuesOf(file('        evidence: {cause: qa-hours, effect: complaint}\n'));
    expect(issue).toMatchObject({
      path: 'scorecards[0].links[0].evidence.effect',
      hint: 'did you mean "complaints"?',
    });
  });

  it('needs both ends, and nothing else', () => {
    const issues = issuesOf(file('        evidence: {cause: qa-hours, effct: returns}\n'));
    expect(issues.map((i) => i.path).sort()).toEqual([
      'scorecards[0].links[0].evidence.effct',
      'scorecards[0].links[0].evidence.effect',
    ]);
  });
});
