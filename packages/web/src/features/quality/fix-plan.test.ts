import { describe, expect, it } from 'vitest';
import { freeId, lagText, placeholderKpiName, planFix, type FixPlan } from './fix-plan.ts';
import { asFix, buildContext, buildObjective } from './test-fixtures.ts';

const SC = '/workspaces/default/scorecards/acme';

function planOf(result: ReturnType<typeof planFix>): FixPlan {
  if (!result.ok) throw new Error(result.reason);
  return result.plan;
}

describe('planFix: rename', () => {
  it('patches the name with the version it was read at', () => {
    const ctx = buildContext();
    const plan = planOf(
      planFix(asFix({ kind: 'rename', objective: 'loyalty', to: 'Loyal customers' }), ctx),
    );
    expect(plan.calls).toEqual([
      {
        method: 'PATCH',
        path: `${SC}/objectives/loyalty`,
        body: { name: 'Loyal customers' },
        version: 4,
        does: 'rename "Earn customer loyalty"',
      },
    ]);
    expect(plan.done).toBe('Renamed "Earn customer loyalty" to "Loyal customers".');
    expect(plan.destructive).toBe(false);
    expect(plan.created).toBeNull();
  });

  it('refuses a fix for an objective that is gone', () => {
    const result = planFix(asFix({ kind: 'rename', objective: 'gone', to: 'X' }), buildContext());
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toContain('"gone" no longer exists');
  });
});

describe('planFix: add-kpi', () => {
  it('posts a placeholder KPI with the indicator and a free id, and offers to open it', () => {
    const ctx = buildContext({
      kpis: [{ id: 'grow-repeat-revenue-leading-indicator', name: 'x', objective: 'revenue' }],
    });
    const plan = planOf(
      planFix(asFix({ kind: 'add-kpi', objective: 'revenue', indicator: 'leading' }), ctx),
    );
    expect(plan.calls).toEqual([
      {
        method: 'POST',
        path: `${SC}/kpis`,
        body: {
          objective: 'revenue',
          id: 'grow-repeat-revenue-leading-indicator-2',
          name: 'Grow repeat revenue — leading indicator',
          indicator: 'leading',
        },
        does: 'add a leading KPI to "Grow repeat revenue"',
      },
    ]);
    expect(plan.created).toEqual({ kind: 'kpi', id: 'grow-repeat-revenue-leading-indicator-2' });
    expect(plan.done).toBe(
      'Added the leading KPI "Grow repeat revenue — leading indicator" to "Grow repeat revenue".',
    );
  });

  it('adds a lagging one the same way, owned by the objective’s owner', () => {
    const ctx = buildContext({
      objectives: [buildObjective({ id: 'delivery', name: 'Ship orders on time', owner: 'COO' })],
    });
    const fix = asFix({ kind: 'add-kpi', objective: 'delivery', indicator: 'lagging' });
    expect(planOf(planFix(fix, ctx)).calls[0]?.body).toEqual({
      objective: 'delivery',
      id: 'ship-orders-on-time-lagging-indicator',
      name: 'Ship orders on time — lagging indicator',
      indicator: 'lagging',
      owner: 'COO',
    });
  });
});

describe('planFix: add-objective', () => {
  it('posts the objective in its perspective for its stakeholder', () => {
    const plan = planOf(
      planFix(
        asFix({
          kind: 'add-objective',
          perspective: 'customer',
          stakeholder: 'dealers',
          name: 'Dealers earn attractive margins',
        }),
        buildContext(),
      ),
    );
    expect(plan.calls).toEqual([
      {
        method: 'POST',
        path: `${SC}/objectives`,
        body: {
          id: 'dealers-earn-attractive-margins',
          name: 'Dealers earn attractive margins',
          perspective: 'customer',
          stakeholder: 'dealers',
        },
        does: 'add the objective "Dealers earn attractive margins"',
      },
    ]);
    expect(plan.created).toEqual({ kind: 'objective', id: 'dealers-earn-attractive-margins' });
    expect(plan.done).toBe('Added the objective "Dealers earn attractive margins" for dealers.');
  });

  it('leaves the stakeholder out when there is none', () => {
    const plan = planOf(
      planFix(
        asFix({
          kind: 'add-objective',
          perspective: 'learning',
          stakeholder: null,
          name: 'Skills',
        }),
        buildContext(),
      ),
    );
    expect(plan.calls[0]?.body).toEqual({ id: 'skills', name: 'Skills', perspective: 'learning' });
  });
});

const moveToKpi = asFix({
  kind: 'move-to-kpi',
  objective: 'loyalty',
  kpi: { name: 'Earn customer loyalty', indicator: 'lagging', outcome: 'retention' },
});

describe('planFix: move-to-kpi', () => {
  it('adds the KPI to the target, re-points incoming links, and deletes the objective last', () => {
    const plan = planOf(planFix(moveToKpi, buildContext(), 'revenue'));
    expect(plan.calls.map((c) => [c.method, c.path])).toEqual([
      ['POST', `${SC}/kpis`],
      ['POST', `${SC}/links`],
      ['DELETE', `${SC}/objectives/loyalty`],
    ]);
    expect(plan.calls[0]?.body).toEqual({
      objective: 'revenue',
      id: 'earn-customer-loyalty',
      name: 'Earn customer loyalty',
      indicator: 'lagging',
      outcome: 'retention',
      owner: 'Head of Customer Success',
    });
    expect(plan.calls[1]?.body).toEqual({
      from: 'delivery',
      to: 'revenue',
      hypothesis: 'On-time orders bring customers back',
      lag: '2 months',
    });
    expect(plan.calls[2]?.version).toBe(4);
    expect(plan.done).toBe('"Earn customer loyalty" is now a KPI of "Grow repeat revenue".');
    expect(plan.created).toEqual({ kind: 'kpi', id: 'earn-customer-loyalty' });
    expect(plan.destructive).toBe(false);
    expect(plan.effects).toEqual([
      'Adds the lagging KPI "Earn customer loyalty", measuring retention, to "Grow repeat revenue".',
      'Points the link from "Ship orders on time" to "Grow repeat revenue" instead.',
      'Deletes "Earn customer loyalty".',
    ]);
  });

  it('says what else is deleted and marks the plan destructive', () => {
    const ctx = buildContext({
      kpis: [{ id: 'nps', name: 'Net Promoter Score', objective: 'loyalty' }],
      initiatives: [{ id: 'club', name: 'Loyalty club', objective: 'loyalty' }],
      objectives: [
        ...buildContext().objectives,
        buildObjective({ id: 'referrals', name: 'Win referrals', parent: 'loyalty' }),
      ],
      links: [
        ...buildContext().links,
        { from: 'loyalty', to: 'delivery', hypothesis: null, lag: null },
      ],
    });
    const plan = planOf(planFix(moveToKpi, ctx, 'revenue'));
    expect(plan.destructive).toBe(true);
    expect(plan.effects.slice(2)).toEqual([
      'Deletes "Earn customer loyalty", together with the KPI "Net Promoter Score" (and its values) and the initiative "Loyalty club".',
      'Removes its link with "Ship orders on time".',
      '"Win referrals" is no longer a sub-objective.',
    ]);
  });

  it('does not duplicate a link the target already has, nor link the target to itself', () => {
    const ctx = buildContext({
      links: [
        { from: 'loyalty', to: 'revenue', hypothesis: null, lag: null },
        { from: 'delivery', to: 'loyalty', hypothesis: null, lag: null },
        { from: 'delivery', to: 'revenue', hypothesis: null, lag: null },
        { from: 'revenue', to: 'loyalty', hypothesis: null, lag: null },
      ],
    });
    const plan = planOf(planFix(moveToKpi, ctx, 'revenue'));
    expect(plan.calls.map((c) => c.method)).toEqual(['POST', 'DELETE']);
    expect(plan.effects).toContain('Removes its link with "Grow repeat revenue".');
  });

  it('needs a target other than the objective itself', () => {
    expect(planFix(moveToKpi, buildContext(), null)).toMatchObject({ ok: false });
    expect(planFix(moveToKpi, buildContext(), 'loyalty')).toMatchObject({ ok: false });
    expect(planFix(moveToKpi, buildContext(), 'nowhere')).toMatchObject({ ok: false });
  });

  it('picks a KPI id the scorecard does not use and leaves out an absent outcome', () => {
    const fix = asFix({
      ...moveToKpi,
      kpi: { name: 'Repeat revenue', indicator: 'lagging', outcome: null },
    });
    const plan = planOf(planFix(fix, buildContext(), 'revenue'));
    expect(plan.calls[0]?.body).toMatchObject({ id: 'repeat-revenue-2' });
    expect(plan.calls[0]?.body).not.toHaveProperty('outcome');
  });
});

describe('planFix: move-to-initiative', () => {
  it('adds the initiative to the target, then deletes the objective', () => {
    const fix = asFix({
      kind: 'move-to-initiative',
      objective: 'loyalty',
      initiative: { name: 'Launch a loyalty club' },
    });
    const plan = planOf(planFix(fix, buildContext(), 'revenue'));
    expect(plan.calls.map((c) => [c.method, c.path])).toEqual([
      ['POST', `${SC}/initiatives`],
      ['POST', `${SC}/links`],
      ['DELETE', `${SC}/objectives/loyalty`],
    ]);
    expect(plan.calls[0]?.body).toEqual({
      objective: 'revenue',
      id: 'launch-a-loyalty-club',
      name: 'Launch a loyalty club',
      owner: 'Head of Customer Success',
    });
    expect(plan.done).toBe(
      '"Earn customer loyalty" is now an initiative of "Grow repeat revenue".',
    );
    expect(plan.created).toBeNull();
  });
});

describe('helpers', () => {
  it('makes free ids from names', () => {
    expect(freeId('Provide high quality', [])).toBe('provide-high-quality');
    expect(freeId('Provide high quality', ['provide-high-quality', 'provide-high-quality-2'])).toBe(
      'provide-high-quality-3',
    );
    expect(freeId('!!!', [], 'kpi')).toBe('kpi');
  });

  it('writes lags and placeholder names as the file does', () => {
    expect(lagText({ count: 1, unit: 'quarter' })).toBe('1 quarter');
    expect(lagText({ count: 3, unit: 'month' })).toBe('3 months');
    expect(placeholderKpiName('x'.repeat(400), 'leading')).toHaveLength(300);
  });
});
