import { describe, expect, it } from 'vitest';
import { decideFix } from './fix-decision.ts';
import { fixDialogTitle, fixLabel } from './fix-labels.ts';
import { suggestTarget, targetCandidates, type MoveFix } from './move-target.ts';
import { asFix, buildContext, buildObjective } from './test-fixtures.ts';

const toKpi = asFix({
  kind: 'move-to-kpi',
  objective: 'loyalty',
  kpi: { name: 'Earn customer loyalty', indicator: 'lagging', outcome: 'retention' },
}) as MoveFix;
const toInitiative = asFix({
  kind: 'move-to-initiative',
  objective: 'loyalty',
  initiative: { name: 'Launch a loyalty club' },
}) as MoveFix;

describe('suggestTarget', () => {
  it('is certain when the objective links to exactly one other', () => {
    expect(suggestTarget(toKpi, buildContext())).toEqual({ target: 'revenue', certain: true });
  });

  it('preselects the first of several links, but asks', () => {
    const ctx = buildContext({
      links: [
        { from: 'loyalty', to: 'delivery', hypothesis: null, lag: null },
        { from: 'loyalty', to: 'revenue', hypothesis: null, lag: null },
      ],
    });
    expect(suggestTarget(toKpi, ctx)).toEqual({ target: 'delivery', certain: false });
  });

  it('falls back to the parent, and to nothing, without links', () => {
    const withParent = buildContext({
      links: [],
      objectives: [
        buildObjective({ id: 'loyalty', parent: 'revenue' }),
        buildObjective({ id: 'revenue' }),
      ],
    });
    expect(suggestTarget(toKpi, withParent)).toEqual({ target: 'revenue', certain: false });
    expect(suggestTarget(toKpi, buildContext({ links: [] }))).toEqual({
      target: null,
      certain: false,
    });
  });

  it('offers every other objective as a target', () => {
    expect(targetCandidates(toKpi, buildContext()).map((o) => o.id)).toEqual([
      'revenue',
      'delivery',
    ]);
  });
});

describe('decideFix', () => {
  it('applies a rename or an added KPI at once', () => {
    expect(
      decideFix(asFix({ kind: 'rename', objective: 'loyalty', to: 'X' }), buildContext()).action,
    ).toBe('apply');
    expect(
      decideFix(
        asFix({ kind: 'add-kpi', objective: 'loyalty', indicator: 'leading' }),
        buildContext(),
      ).action,
    ).toBe('apply');
  });

  it('applies a move at once when the target is obvious and nothing else is lost', () => {
    expect(decideFix(toKpi, buildContext())).toMatchObject({ action: 'apply' });
  });

  it('asks when the move would delete KPIs, or when the target is not obvious', () => {
    const withKpi = buildContext({ kpis: [{ id: 'nps', name: 'NPS', objective: 'loyalty' }] });
    expect(decideFix(toKpi, withKpi)).toEqual({ action: 'choose', fix: toKpi, target: 'revenue' });
    expect(decideFix(toInitiative, buildContext({ links: [] }))).toEqual({
      action: 'choose',
      fix: toInitiative,
      target: null,
    });
  });

  it('fails for an objective that is gone', () => {
    const gone = asFix({ kind: 'rename', objective: 'gone', to: 'X' });
    expect(decideFix(gone, buildContext()).action).toBe('fail');
    expect(decideFix(asFix({ ...toKpi, objective: 'gone' }), buildContext()).action).toBe('fail');
  });
});

describe('fixLabel', () => {
  const ctx = buildContext();

  it('says what each kind of fix will do', () => {
    expect(
      fixLabel(asFix({ kind: 'rename', objective: 'loyalty', to: 'Loyal customers' }), ctx),
    ).toBe('Rename to "Loyal customers"');
    expect(
      fixLabel(asFix({ kind: 'add-kpi', objective: 'loyalty', indicator: 'leading' }), ctx),
    ).toBe('Add a leading KPI');
    expect(
      fixLabel(
        asFix({
          kind: 'add-objective',
          perspective: 'customer',
          stakeholder: 'dealers',
          name: 'Dealer margins',
        }),
        ctx,
      ),
    ).toBe('Add objective "Dealer margins"');
  });

  it('names the target of a move, with an ellipsis when the button asks first', () => {
    expect(fixLabel(toKpi, ctx)).toBe('Turn into a KPI of "Grow repeat revenue"');
    expect(fixLabel(toInitiative, ctx)).toBe('Turn into an initiative of "Grow repeat revenue"');
    const withKpi = buildContext({ kpis: [{ id: 'nps', name: 'NPS', objective: 'loyalty' }] });
    expect(fixLabel(toKpi, withKpi)).toBe('Turn into a KPI of "Grow repeat revenue"…');
    expect(fixLabel(toInitiative, buildContext({ links: [] }))).toBe('Turn into an initiative…');
  });

  it('titles the move dialog', () => {
    expect(fixDialogTitle(toKpi, ctx)).toBe('Turn "Earn customer loyalty" into a KPI');
    expect(fixDialogTitle(toInitiative, ctx)).toBe(
      'Turn "Earn customer loyalty" into an initiative',
    );
  });
});
