import { readdirSync } from 'node:fs';
import { buildKpi, buildObjective, buildScorecard, buildStrategy } from '@bearing/testing';
import { describe, expect, it } from 'vitest';
import { objectiveId } from '../model/ids.ts';
import { lintStrategy } from './engine.ts';
import { RULE_IDS } from './rule-ids.ts';
import { RULES } from './rules/index.ts';
import { customer } from './test-helpers.ts';

const action = buildObjective({
  id: objectiveId('crm'),
  name: 'Implement a CRM system',
  perspective: customer,
  kpis: [
    buildKpi({ owner: 'x', indicator: 'lagging' }),
    buildKpi({ owner: 'x', indicator: 'leading' }),
  ],
});
const strategy = buildStrategy({ scorecards: [buildScorecard({ objectives: [action] })] });
const rulesOf = (report: ReturnType<typeof lintStrategy>) =>
  report.scorecards[0]!.findings.map((f) => f.rule);

describe('the rule registry', () => {
  it('holds every rule id once, with the file-name id, a description and a category', () => {
    expect(RULES.map((r) => r.id)).toEqual([...RULE_IDS]);
    const files = readdirSync(new URL('./rules/', import.meta.url))
      .filter(
        (f) =>
          f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts' && f !== 'helpers.ts',
      )
      .map((f) => f.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual([...RULE_IDS].sort());
    for (const rule of RULES) expect(rule.description.length).toBeGreaterThan(10);
  });
});

describe('lintStrategy', () => {
  it('reports findings per scorecard with every contract key', () => {
    const report = lintStrategy(strategy);
    const finding = report.scorecards[0]!.findings.find(
      (f) => f.rule === 'customer-objective-is-action',
    );
    expect(Object.keys(finding!).sort()).toEqual(
      [
        'category',
        'fix',
        'kpi',
        'message',
        'objective',
        'rule',
        'scorecard',
        'severity',
        'suggestion',
        'why',
      ].sort(),
    );
    expect(report.counts.warning).toBeGreaterThan(0);
  });

  it('turns rules off and re-levels them from the workspace config', () => {
    const report = lintStrategy(strategy, {
      config: { rules: { 'customer-objective-is-action': 'error', 'perspective-empty': 'off' } },
    });
    expect(rulesOf(report)).not.toContain('perspective-empty');
    expect(
      report.scorecards[0]!.findings.find((f) => f.rule === 'customer-objective-is-action')
        ?.severity,
    ).toBe('error');
  });

  it('lets the strategy file’s lint section override the workspace', () => {
    const withFile = {
      ...strategy,
      lint: { rules: { 'perspective-empty': { level: 'info' as const } } },
    };
    const report = lintStrategy(withFile, { config: { rules: { 'perspective-empty': 'off' } } });
    expect(
      report.scorecards[0]!.findings.filter((f) => f.rule === 'perspective-empty').every(
        (f) => f.severity === 'info',
      ),
    ).toBe(true);
    expect(rulesOf(report)).toContain('perspective-empty');
  });

  it('applies an objective’s justified suppression and lists it with its reason', () => {
    const suppressed = {
      ...action,
      lint: { ignore: ['customer-objective-is-action'], reason: 'Regulator requires it' },
    };
    const report = lintStrategy(
      buildStrategy({ scorecards: [buildScorecard({ objectives: [suppressed] })] }),
    );
    const card = report.scorecards[0]!;
    expect(card.findings.map((f) => f.rule)).not.toContain('customer-objective-is-action');
    expect(card.suppressed).toEqual([expect.objectContaining({ reason: 'Regulator requires it' })]);
    expect(card.suppressions).toEqual([
      {
        scorecard: card.scorecard,
        objective: 'crm',
        rules: ['customer-objective-is-action'],
        reason: 'Regulator requires it',
        suppressed: 1,
      },
    ]);
  });

  it('scores each scorecard', () => {
    const report = lintStrategy(strategy);
    expect(report.scorecards[0]!.quality.score).toBeGreaterThan(0);
    expect(report.scorecards[0]!.quality.score).toBeLessThan(100);
  });
});
