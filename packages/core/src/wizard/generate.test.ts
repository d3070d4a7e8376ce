import { describe, expect, it } from 'vitest';
import { disciplineKnowledge, PARTNER_OBJECTIVES } from '../customer/index.ts';
import { lintStrategy } from '../lint/index.ts';
import { VALUE_DISCIPLINES } from '../model/customer.ts';
import type { Strategy } from '../model/strategy.ts';
import { periodOf } from '../periods/index.ts';
import { parseStrategyText } from '../schema/parse.ts';
import { stringifyStrategy } from '../schema/serialize.ts';
import { prepareStrategy, scoreAllScorecards } from '../scoring/index.ts';
import type { WizardAnswers } from './answers.schema.ts';
import { generateStrategy } from './generate.ts';
import { PLACEHOLDER_KPI } from './model-builders.ts';

const base: Omit<WizardAnswers, 'valueDiscipline'> = {
  organization: 'Acme Outdoor',
  sector: 'outdoor retail',
  segments: [{ name: 'Weekend hikers', values: ['quality', 'price'] }, { name: 'Mountain guides' }],
  challenge: 'Few customers come back',
  otherStakeholders: ['Local council'],
};

function roundTrip(strategy: Strategy): Strategy {
  const parsed = parseStrategyText(stringifyStrategy(strategy, 'yaml'), 'yaml');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues, null, 1));
  return parsed.value;
}

const cases = VALUE_DISCIPLINES.flatMap((discipline) =>
  [[], ['Dealers', 'Distributors']].map((partners) => ({
    discipline,
    partners,
    label: partners.length > 0 ? 'with partners' : 'without partners',
  })),
);

describe.each(cases)('wizard: $discipline $label', ({ discipline, partners }) => {
  const answers: WizardAnswers = { ...base, valueDiscipline: discipline, partners };
  const strategy = generateStrategy(answers);
  const scorecard = strategy.scorecards[0]!;
  const customer = scorecard.objectives.filter((o) => o.perspective === 'customer');
  const knowledge = disciplineKnowledge(discipline);

  it('validates and survives a save and load unchanged', () => {
    expect(roundTrip(strategy)).toEqual(strategy);
  });

  it('scores: every KPI has a scoreable placeholder scale', () => {
    const [score] = scoreAllScorecards(prepareStrategy(strategy), periodOf('2026-01'));
    expect(score?.id).toBe(scorecard.id);
    expect(
      scorecard.objectives.flatMap((o) => o.kpis).every((k) => k.description === PLACEHOLDER_KPI),
    ).toBe(true);
  });

  it('lints with no error and no wording or other warning', () => {
    const report = lintStrategy(roundTrip(strategy));
    expect(report.counts.error).toBe(0);
    const findings = report.scorecards.flatMap((s) => s.findings);
    expect(findings.filter((f) => f.category === 'wording')).toEqual([]);
    expect(findings.filter((f) => f.severity === 'warning')).toEqual([]);
  });

  it('fills four perspectives, each customer objective with a leading and a lagging KPI', () => {
    for (const p of ['financial', 'customer', 'internal', 'learning'])
      expect(scorecard.objectives.some((o) => o.perspective === p)).toBe(true);
    for (const o of customer) {
      expect(o.kpis.some((k) => k.indicator === 'leading')).toBe(true);
      expect(o.kpis.some((k) => k.indicator === 'lagging')).toBe(true);
    }
  });

  it('puts the discipline’s customer objectives under the umbrella, as the knowledge base says', () => {
    const under = customer.filter((o) => o.parent === 'high-value-customers').map((o) => o.name);
    expect(under).toEqual(knowledge.customerObjectives.map((o) => o.name));
    expect(customer.find((o) => o.id === 'high-value-customers')?.name).toBe(
      'Add and retain high-value customers',
    );
    expect(scorecard.customer?.valueProposition?.discipline).toBe(discipline);
  });

  it('adds win-win partner relations exactly when partners are named', () => {
    const umbrella = customer.find((o) => o.id === 'win-win-partners');
    const partnerObjectives = customer.filter((o) => o.parent === 'win-win-partners');
    if (partners.length === 0) {
      expect(umbrella).toBeUndefined();
      expect(scorecard.customer?.stakeholders.some((s) => s.kind === 'partner')).toBe(false);
    } else {
      expect(umbrella?.name).toBe('Achieve and retain win-win partner relations');
      expect(partnerObjectives.map((o) => o.name)).toEqual(PARTNER_OBJECTIVES.map((o) => o.name));
      expect(scorecard.customer?.stakeholders.find((s) => s.kind === 'partner')?.name).toBe(
        'Dealers and Distributors',
      );
    }
  });

  it('measures the chosen outcomes as lagging KPIs of each targeted segment', () => {
    const outcomeKpis = customer.flatMap((o) => o.kpis).filter((k) => k.outcome !== null);
    expect(outcomeKpis.map((k) => `${String(k.segment)}:${String(k.outcome)}`)).toEqual([
      'weekend-hikers:acquisition',
      'weekend-hikers:satisfaction',
      'weekend-hikers:retention',
      'mountain-guides:acquisition',
      'mountain-guides:satisfaction',
      'mountain-guides:retention',
    ]);
    expect(outcomeKpis.every((k) => k.indicator === 'lagging')).toBe(true);
  });

  it('links learning → internal → customer → financial, every link with a hypothesis', () => {
    const perspectiveOf = new Map(
      scorecard.objectives.map((o) => [o.id as string, o.perspective as string]),
    );
    const steps = new Set(
      scorecard.links.map((l) => `${perspectiveOf.get(l.from)}>${perspectiveOf.get(l.to)}`),
    );
    expect(steps).toEqual(
      new Set([
        'learning>internal',
        'internal>customer',
        'customer>financial',
        'internal>financial',
      ]),
    );
    expect(scorecard.links.every((l) => l.hypothesis?.startsWith('If ') === true)).toBe(true);
  });

  it('keeps the challenge with the discipline’s hypothesis and placeholder initiatives', () => {
    expect(scorecard.customer?.challenges?.[0]?.name).toBe('Few customers come back');
    expect(scorecard.customer?.challenges?.[0]?.hypotheses[0]?.statement).toBe(
      knowledge.hypothesis,
    );
    const specific = scorecard.objectives.filter(
      (o) => !o.id.startsWith('high-value') && o.id !== 'win-win-partners',
    );
    expect(specific.every((o) => o.initiatives.length === 1)).toBe(true);
  });
});

describe('wizard: answers', () => {
  it('is deterministic', () => {
    const answers: WizardAnswers = { ...base, valueDiscipline: 'system-lock-in' };
    expect(generateStrategy(answers)).toEqual(generateStrategy(answers));
  });

  it('measures only the outcomes asked for', () => {
    const strategy = generateStrategy({
      organization: 'Solo',
      valueDiscipline: 'product-leadership',
      segments: [{ name: 'Pros' }],
      outcomes: ['market-share', 'profitability'],
    });
    const kpis = strategy.scorecards[0]!.objectives.flatMap((o) => o.kpis).filter((k) => k.outcome);
    expect(kpis.map((k) => k.outcome)).toEqual(['profitability', 'market-share']);
    expect(strategy.scorecards[0]!.customer?.challenges).toEqual([]);
  });
});
