import { describe, expect, it } from 'vitest';
import {
  countBySeverity,
  defaultOpenCategories,
  formatOpenCategories,
  groupFindings,
  parseOpenCategories,
  ruleRows,
} from './grouping.ts';
import { buildFinding, buildReport } from './test-fixtures.ts';

const leading = (objective: string) =>
  buildFinding({ objective, message: `"${objective}" has no leading KPI.` });
const owner = (kpi: string) =>
  buildFinding({
    rule: 'kpi-without-owner',
    severity: 'info',
    kpi,
    message: `KPI ${kpi} has no owner.`,
    why: 'Nobody updates it.',
    suggestion: 'Set owner.',
  });
const outcome = buildFinding({
  rule: 'outcome-as-objective',
  category: 'wording',
  objective: 'loyalty',
  message: '"Earn customer loyalty" names a business outcome.',
});

describe('groupFindings', () => {
  it('orders categories as the score does and leaves empty ones out', () => {
    const groups = groupFindings([owner('nps'), outcome, leading('a')]);
    expect(groups.map((g) => g.category)).toEqual(['wording', 'measurement']);
    expect(groups.map((g) => g.label)).toEqual(['Wording', 'Measurement']);
  });

  it('groups a category by rule, worst rule first, and counts severities', () => {
    const [measurement] = groupFindings([owner('nps'), leading('a'), owner('yield'), leading('b')]);
    expect(measurement?.rules.map((r) => [r.rule, r.findings.length])).toEqual([
      ['missing-leading-kpi', 2],
      ['kpi-without-owner', 2],
    ]);
    expect(measurement?.counts).toEqual({ error: 0, warning: 2, info: 2 });
    expect(measurement?.worst).toBe('warning');
    expect(measurement?.total).toBe(4);
  });

  it('says a shared why and suggestion once, and keeps them per finding when they differ', () => {
    const differing = [
      buildFinding({
        rule: 'vague-objective',
        category: 'wording',
        objective: 'a',
        why: 'W',
        suggestion: 'S1',
      }),
      buildFinding({
        rule: 'vague-objective',
        category: 'wording',
        objective: 'b',
        why: 'W',
        suggestion: 'S2',
      }),
    ];
    const rule = groupFindings(differing)[0]?.rules[0];
    expect(rule?.why).toBe('W');
    expect(rule?.suggestion).toBeNull();
  });

  it('sums what each rule costs and sorts equal severities by cost', () => {
    const a = leading('a');
    const other = buildFinding({ rule: 'missing-lagging-kpi', objective: 'c', message: 'c lags' });
    const groups = groupFindings(
      [a, other],
      [
        { finding: a, cost: 1 },
        { finding: other, cost: 3 },
      ],
    );
    expect(groups[0]?.rules.map((r) => [r.rule, r.cost])).toEqual([
      ['missing-lagging-kpi', 3],
      ['missing-leading-kpi', 1],
    ]);
  });

  it('keeps a category this build does not know, after the known ones', () => {
    const groups = groupFindings([buildFinding({ category: 'security' }), outcome]);
    expect(groups.map((g) => g.category)).toEqual(['wording', 'security']);
    expect(groups[1]?.label).toBe('Security');
  });

  it('gives nothing for no findings', () => {
    expect(groupFindings([])).toEqual([]);
  });
});

describe('open categories in the URL', () => {
  const groups = groupFindings([
    outcome,
    owner('nps'),
    buildFinding({ rule: 'objective-without-initiative', category: 'execution', severity: 'info' }),
  ]);

  it('opens by default the categories with an error or a warning', () => {
    expect(defaultOpenCategories(groups)).toEqual(['wording']);
    expect(parseOpenCategories(null, groups)).toEqual(['wording']);
  });

  it('reads a list, drops unknown categories, and keeps "none" as all closed', () => {
    expect(parseOpenCategories('execution,bogus,measurement', groups)).toEqual([
      'execution',
      'measurement',
    ]);
    expect(parseOpenCategories('none', groups)).toEqual([]);
    expect(formatOpenCategories([])).toBe('none');
    expect(formatOpenCategories(['wording', 'execution'])).toBe('wording,execution');
  });
});

describe('countBySeverity', () => {
  it('counts each severity', () => {
    expect(
      countBySeverity([outcome, owner('a'), owner('b'), buildFinding({ severity: 'error' })]),
    ).toEqual({
      error: 1,
      warning: 1,
      info: 2,
    });
  });
});

describe('ruleRows', () => {
  it('counts findings and suppressed findings per rule, rules with findings first', () => {
    const report = buildReport({
      rules: [
        { id: 'vague-objective', severity: 'warning' },
        { id: 'kpi-without-owner', severity: 'info' },
        { id: 'objective-without-kpi', severity: 'error' },
        { id: 'missing-leading-kpi', severity: 'warning' },
      ],
      findings: [leading('a'), leading('b'), owner('nps')],
      suppressed: [{ finding: buildFinding({ rule: 'vague-objective' }), reason: 'Regulator' }],
    });
    expect(ruleRows(report).map((r) => [r.id, r.findings, r.suppressed])).toEqual([
      ['missing-leading-kpi', 2, 0],
      ['kpi-without-owner', 1, 0],
      ['vague-objective', 0, 1],
      ['objective-without-kpi', 0, 0],
    ]);
    expect(ruleRows(report)[0]).toMatchObject({
      title: 'No leading KPI',
      category: 'measurement',
      severity: 'warning',
    });
  });
});
