import { describe, expect, it } from 'vitest';
import { initiativeId, objectiveId, scorecardId } from '../model/ids.ts';
import { buildInitiative, buildObjective, buildScorecard, buildStrategy } from '@bearing/testing';
import { initiativeAlerts } from './initiative-alerts.ts';

const strategyWith = (...initiatives: Parameters<typeof buildInitiative>[0][]) =>
  buildStrategy({
    scorecards: [
      buildScorecard({
        id: scorecardId('corp'),
        name: 'Corporate',
        owner: 'ceo@example.org',
        objectives: [
          buildObjective({
            id: objectiveId('grow'),
            owner: 'cfo@example.org',
            initiatives: initiatives.map((i) => buildInitiative(i)),
          }),
        ],
      }),
    ],
  });

describe('initiativeAlerts', () => {
  it.each([
    { due: '2026-11-30', status: 'on-track', late: true },
    { due: '2026-11-30', status: 'late', late: true },
    { due: '2026-11-30', status: 'done', late: false },
    { due: '2026-11-30', status: 'cancelled', late: false },
    { due: '2026-12-04', status: 'on-track', late: false },
    { due: null, status: 'on-track', late: false },
  ] as const)('due $due and $status on 2026-12-04: late is $late', ({ due, status, late }) => {
    const alerts = initiativeAlerts(
      strategyWith({ id: initiativeId('crm'), name: 'CRM', due, status }),
      '2026-12-04',
    );
    expect(alerts.some((a) => a.kind === 'initiative.late')).toBe(late);
  });

  it('says over budget only when more was spent than budgeted', () => {
    const alerts = initiativeAlerts(
      strategyWith(
        { id: initiativeId('a'), name: 'A', budget: 100, spent: 120, owner: 'pm@example.org' },
        { id: initiativeId('b'), name: 'B', budget: 100, spent: 100 },
        { id: initiativeId('c'), name: 'C', budget: null, spent: 500 },
      ),
      '2026-12-04',
    );
    expect(alerts).toEqual([
      expect.objectContaining({
        kind: 'initiative.over-budget',
        initiative: 'a',
        owners: ['pm@example.org', 'cfo@example.org', 'ceo@example.org'],
        detail: 'A has spent 120 of a budget of 100.',
        key: 'initiative.over-budget:corp/a:100',
      }),
    ]);
  });

  it('keys an alert by the facts behind it: a new due day is a new alert', () => {
    const key = (due: string) =>
      initiativeAlerts(strategyWith({ id: initiativeId('crm'), name: 'CRM', due }), '2027-06-01')[0]
        ?.key;
    expect(key('2026-11-30')).toBe('initiative.late:corp/crm:2026-11-30');
    expect(key('2027-01-31')).not.toBe(key('2026-11-30'));
  });
});
