import { randomBytes } from 'node:crypto';
import {
  type PeriodKey,
  type Strategy,
  initiativeId,
  kpiId,
  objectiveId,
  perspectiveId,
  scorecardId,
} from '@bearing/core';
import {
  buildInitiative,
  buildKpi,
  buildObjective,
  buildScorecard,
  buildStrategy,
} from '@bearing/testing';
import type { WriteContext } from './context.ts';
import type { Executor } from './database.ts';
import { createWorkspace } from './repositories/workspace.repository.ts';

/** Test helpers for the db package's own tests (not exported from the package). */
export const ctx = (actor = 'alice', iso = '2026-11-25T10:00:00.000Z'): WriteContext => ({
  actor,
  now: new Date(iso),
});

/** Each test gets its own workspace, so tests sharing one database never see each other. */
export async function freshWorkspace(db: Executor): Promise<string> {
  const key = `ws-${randomBytes(4).toString('hex')}`;
  await createWorkspace(db, { key, name: `Workspace ${key}`, organization: null }, ctx('setup'));
  return key;
}

/**
 * A strategy that touches every stored feature: values with comments, per-period and range
 * targets, KPI thresholds, links with and without lag, initiatives, a sub-objective listed before
 * its parent, and contributesTo pointing at a LATER scorecard (so foreign keys must be deferred).
 */
export function richStrategy(): Strategy {
  const p = (s: string) => s as PeriodKey;
  return buildStrategy({
    organization: 'Acme Outdoor',
    scorecards: [
      buildScorecard({
        id: scorecardId('corp'),
        name: 'Acme corporate scorecard',
        description: 'The top of the cascade',
        owner: 'CEO',
        thresholds: { green: 0.9, amber: 0.6 },
        objectives: [
          buildObjective({
            id: objectiveId('qa-hours'),
            name: 'Invest in QA hours',
            perspective: perspectiveId('internal'),
            parent: objectiveId('quality'),
            rollup: 'min',
            weight: 0.5,
          }),
          buildObjective({
            id: objectiveId('quality'),
            name: 'Provide high product quality',
            owner: 'Head of Quality',
            description: 'Fewer returns',
            contributesTo: { scorecard: scorecardId('sales'), objective: objectiveId('sell-more') },
            kpis: [
              buildKpi({
                id: kpiId('return-rate'),
                name: 'Product return rate',
                unit: '%',
                optimization: 'minimize',
                baseline: 8,
                target: 2,
                targets: { '2027': 1.5, '2026-Q4': 1.75 },
                min: 0,
                max: 10,
                thresholds: { green: 0.95, amber: 0.7 },
                carryForward: true,
                allowNegative: true,
                owner: 'QA lead',
                values: [
                  { period: p('2026-01'), value: 6.5, comment: 'after the recall' },
                  { period: p('2026-02'), value: 5, comment: null },
                  { period: p('2026-03'), value: 4.25, comment: null },
                ],
              }),
              buildKpi({
                id: kpiId('temperature'),
                optimization: 'range',
                target: [18, 22],
                targets: { '2026-H2': [19, 21] },
                indicator: null,
                frequency: 'quarterly',
                aggregation: 'average',
                values: [{ period: p('2026-Q1'), value: 20.5, comment: 'ok' }],
              }),
            ],
            initiatives: [
              buildInitiative({
                id: initiativeId('qm'),
                name: 'Quality management programme',
                owner: 'COO',
                start: '2026-01-01',
                due: '2026-12-31',
                budget: 120000,
                spent: 30000,
                progress: 0.25,
                status: 'on-track',
              }),
            ],
          }),
        ],
        links: [
          {
            from: objectiveId('qa-hours'),
            to: objectiveId('quality'),
            hypothesis: 'If we invest in QA hours, returns fall within two months',
            lag: { count: 2, unit: 'month' },
          },
        ],
      }),
      buildScorecard({
        id: scorecardId('sales'),
        name: 'Sales scorecard',
        perspectives: [
          { id: perspectiveId('money'), name: 'Money', weight: 2 },
          { id: perspectiveId('people'), name: 'People', weight: 1 },
        ],
        objectives: [
          buildObjective({ id: objectiveId('sell-more'), perspective: perspectiveId('money') }),
          buildObjective({
            id: objectiveId('hire'),
            perspective: perspectiveId('people'),
            contributesTo: { scorecard: scorecardId('corp'), objective: objectiveId('quality') },
          }),
        ],
        links: [
          { from: objectiveId('hire'), to: objectiveId('sell-more'), hypothesis: null, lag: null },
        ],
      }),
    ],
  });
}
