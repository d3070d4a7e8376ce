import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { kpiId, objectiveId, scorecardId } from '@bearing/core';
import { buildKpi, buildObjective, buildScorecard } from '@bearing/testing';
import { forEachDialect } from '@bearing/testing/databases';
import { listChanges } from './repositories/change.repository.ts';
import { listValues } from './repositories/kpi-value.repository.ts';
import { createScorecard, getScorecard } from './repositories/scorecard.repository.ts';
import { ctx, freshWorkspace } from './test-fixtures.ts';

const run = promisify(execFile);
const worker = fileURLToPath(new URL('./concurrency.worker.ts', import.meta.url));

interface Report {
  outcomes: string[];
  upsert: { created: number; updated: number; unchanged: number };
}

forEachDialect(({ db }) => {
  describe('several processes on one database', () => {
    it('never loses an update: each write either lands with a new version or is a typed conflict', async () => {
      const ws = await freshWorkspace(db().db);
      const kpi = buildKpi({ id: kpiId('k') });
      await createScorecard(
        db().db,
        ws,
        buildScorecard({
          id: scorecardId('shared'),
          objectives: [buildObjective({ id: objectiveId('o'), kpis: [kpi] })],
        }),
        ctx(),
      );
      const reports = await Promise.all(
        ['p1', 'p2', 'p3'].map(async (actor) => {
          const { stdout } = await run('node', ['--import', 'tsx', worker, db().url, ws, actor]);
          return JSON.parse(stdout) as Report;
        }),
      );
      const outcomes = reports.flatMap((r) => r.outcomes);
      expect(outcomes.filter((o) => o !== 'ok' && o !== 'CONFLICT')).toEqual([]);
      const landed = outcomes.filter((o) => o === 'ok').length;
      expect((await getScorecard(db().db, ws, 'shared')).version).toBe(1 + landed);
      const updates = await listChanges(db().db, ws, {
        entityType: 'scorecard',
        entityKey: 'shared',
      });
      expect(updates.filter((c) => c.operation === 'update')).toHaveLength(landed);
      // The same value from three processes: stored once, logged once.
      expect(reports.map((r) => r.upsert.created).reduce((a, b) => a + b)).toBe(1);
      expect(await listValues(db().db, ws, 'shared', 'k')).toMatchObject([
        { value: 42, version: 1 },
      ]);
      expect(await listChanges(db().db, ws, { entityType: 'kpi_value' })).toHaveLength(1);
    }, 60_000);
  });
});
