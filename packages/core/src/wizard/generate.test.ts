import { describe, expect, it } from 'vitest';
import { PARTNER_OBJECTIVES } from '../customer/index.ts';
import { SECTOR_IDS } from '../customer/sectors/sector-ids.ts';
import { sectorDiscipline, sectorKnowledge } from '../customer/sectors/sectors.ts';
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

function roundTrip(strategy: Strategy): Strategy {
  const parsed = parseStrategyText(stringifyStrategy(strategy, 'yaml'), 'yaml');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues, null, 1));
  return parsed.value;
}

/** Answers a consultant in the sector would give: its own examples of segments and partners. */
function answersFor(
  sector: (typeof SECTOR_IDS)[number],
  valueDiscipline: WizardAnswers['valueDiscipline'],
  withPartners: boolean,
): WizardAnswers {
  const s = sectorKnowledge(sector);
  return {
    organization: 'Northfield Example',
    sector: s.title,
    valueDiscipline,
    segments: s.customers.segmentExamples.slice(0, 2).map((name) => ({ name })),
    partners: withPartners ? [...s.partners.examples] : [],
    otherStakeholders: [...s.otherExamples],
    challenge: 'Too few come back after the first contact',
  };
}

const cases = SECTOR_IDS.flatMap((sector) =>
  VALUE_DISCIPLINES.flatMap((discipline) =>
    [false, true].map((withPartners) => ({
      sector,
      discipline,
      withPartners,
      label: withPartners ? 'with partners' : 'without partners',
    })),
  ),
);

describe.each(cases)(
  'wizard: $sector, $discipline, $label',
  ({ sector, discipline, withPartners }) => {
    const answers = answersFor(sector, discipline, withPartners);
    const strategy = generateStrategy(answers);
    const scorecard = strategy.scorecards[0]!;
    const customer = scorecard.objectives.filter((o) => o.perspective === 'customer');
    const knowledge = sectorDiscipline(sector, discipline);
    const words = sectorKnowledge(sector);
    const stakeholders = scorecard.customer?.stakeholders ?? [];

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

    it('fills four perspectives in the sector’s names, each customer objective with a leading and a lagging KPI', () => {
      expect(scorecard.perspectives.map((p) => p.name)).toEqual(Object.values(words.perspectives));
      for (const p of ['financial', 'customer', 'internal', 'learning'])
        expect(scorecard.objectives.some((o) => o.perspective === p)).toBe(true);
      for (const o of customer) {
        expect(o.kpis.some((k) => k.indicator === 'leading')).toBe(true);
        expect(o.kpis.some((k) => k.indicator === 'lagging')).toBe(true);
      }
    });

    it('puts the discipline’s objectives, in the sector’s words, under the sector’s umbrella', () => {
      const umbrella = words.customerUmbrella;
      const under = customer.filter((o) => o.parent === umbrella.id).map((o) => o.name);
      expect(under).toEqual(knowledge.customerObjectives.map((o) => o.name));
      expect(customer.find((o) => o.id === umbrella.id)?.name).toBe(umbrella.name);
      expect(scorecard.objectives.find((o) => o.id === words.goal.id)?.perspective).toBe(
        'financial',
      );
      expect(scorecard.customer?.valueProposition?.discipline).toBe(discipline);
      expect(stakeholders[0]).toMatchObject({ id: words.customers.id, kind: 'customer' });
    });

    it('serves every named partner, under the partner umbrella, exactly when partners are named', () => {
      const umbrella = customer.find((o) => o.id === words.partners.umbrella.id);
      const groups = stakeholders.filter((s) => s.kind === 'partner');
      if (!withPartners) {
        expect(umbrella).toBeUndefined();
        expect(groups).toEqual([]);
        return;
      }
      expect(umbrella?.name).toBe(words.partners.umbrella.name);
      for (const partner of answers.partners ?? [])
        expect(groups.filter((g) => g.name.includes(partner))).toHaveLength(1);
      for (const group of groups) {
        const serving = customer.filter((o) => o.stakeholder === group.id && o !== umbrella);
        expect(serving.length, group.name).toBeGreaterThanOrEqual(2);
        expect(serving.every((o) => o.parent === umbrella?.id && o.kpis.length === 2)).toBe(true);
      }
    });

    it('gives every named other stakeholder an objective of its own, with KPIs', () => {
      const others = stakeholders.filter((s) => s.kind === 'other');
      expect(others.map((s) => s.name)).toEqual(answers.otherStakeholders);
      for (const other of others) {
        const serving = customer.filter((o) => o.stakeholder === other.id);
        expect(serving, other.name).toHaveLength(1);
        expect(serving[0]?.kpis.map((k) => k.indicator)).toEqual(['leading', 'lagging']);
        expect(other.needs).toHaveLength(1);
      }
    });

    it('measures the chosen outcomes as lagging KPIs of each targeted segment, titled in the sector’s words', () => {
      const outcomeKpis = customer.flatMap((o) => o.kpis).filter((k) => k.outcome !== null);
      const segments = scorecard.customer?.segments ?? [];
      expect(outcomeKpis.map((k) => `${String(k.segment)}:${String(k.outcome)}`)).toEqual(
        segments.flatMap((s) =>
          ['acquisition', 'satisfaction', 'retention'].map((o) => `${s.id}:${o}`),
        ),
      );
      expect(outcomeKpis[0]?.name).toBe(
        `${words.outcomes.acquisition.title}: ${segments[0]?.name}`,
      );
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
      expect(scorecard.customer?.challenges?.[0]?.name).toBe(answers.challenge);
      expect(scorecard.customer?.challenges?.[0]?.hypotheses[0]?.statement).toBe(
        knowledge.hypothesis,
      );
      const umbrellas = new Set([words.customerUmbrella.id, words.partners.umbrella.id]);
      const specific = scorecard.objectives.filter((o) => !umbrellas.has(o.id));
      expect(specific.every((o) => o.initiatives.length === 1)).toBe(true);
    });
  },
);

describe.each(SECTOR_IDS)('wizard: %s differs by discipline', (sector) => {
  it('writes a different set of customer objectives for each discipline', () => {
    const sets = VALUE_DISCIPLINES.map((discipline) =>
      generateStrategy(answersFor(sector, discipline, false))
        .scorecards[0]!.objectives.filter(
          (o) => o.parent === sectorKnowledge(sector).customerUmbrella.id,
        )
        .map((o) => o.name)
        .join('|'),
    );
    expect(new Set(sets).size).toBe(VALUE_DISCIPLINES.length);
  });
});

describe('wizard: answers', () => {
  const retail: WizardAnswers = {
    organization: 'Acme Outdoor',
    sector: 'outdoor retail',
    valueDiscipline: 'product-leadership',
    segments: [
      { name: 'Weekend hikers', values: ['quality', 'price'] },
      { name: 'Mountain guides' },
    ],
    partners: ['Dealers', 'Distributors'],
  };

  it('is deterministic', () => {
    expect(generateStrategy(retail)).toEqual(generateStrategy(retail));
  });

  it('keeps the commercial words for a business that sells', () => {
    const scorecard = generateStrategy(retail).scorecards[0]!;
    expect(
      scorecard.objectives.filter((o) => o.parent === 'win-win-partners').map((o) => o.name),
    ).toEqual(PARTNER_OBJECTIVES.map((o) => o.name));
    expect(scorecard.objectives.find((o) => o.id === 'grow-revenue')?.name).toBe(
      'Grow revenue from targeted customers',
    );
    expect(scorecard.customer?.stakeholders.map((s) => [s.id, s.name])).toEqual([
      ['customers', 'Customers'],
      ['partners', 'Dealers and Distributors'],
    ]);
    expect(scorecard.description).toContain('(outdoor retail, read as retail)');
  });

  it('reads no or an unknown sector as general, and says so', () => {
    const none = generateStrategy({ ...retail, sector: undefined }).scorecards[0]!;
    const unknown = generateStrategy({ ...retail, sector: 'asteroid mining' }).scorecards[0]!;
    expect(none.description).toMatch(/^Generated by the Bearing Strategy Map Wizard: /);
    expect(unknown.description).toContain('(asteroid mining, read as general)');
    expect(unknown.objectives.map((o) => o.name)).toEqual(none.objectives.map((o) => o.name));
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
