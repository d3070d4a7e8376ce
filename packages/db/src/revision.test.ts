import { describe, expect, it } from 'vitest';
import { forEachDialect } from '@bearing/testing/databases';
import { upsertValues } from './repositories/kpi-value.repository.ts';
import {
  ALL_SCORECARDS,
  changedScorecards,
  loadScorecards,
  workspaceRevision,
} from './revision.ts';
import { saveStrategy } from './strategy-store.ts';
import { ctx, freshWorkspace, richStrategy } from './test-fixtures.ts';

forEachDialect(({ db }) => {
  describe('workspaceRevision (migration 2026_11_25_120000)', () => {
    it('is null for an unknown workspace', async () => {
      expect(await workspaceRevision(db().db, 'no-such-workspace')).toBeNull();
    });

    it('moves on every committed write, stays on a rolled-back one, and per workspace', async () => {
      const ws = await freshWorkspace(db().db);
      const other = await freshWorkspace(db().db);
      const start = await workspaceRevision(db().db, ws);
      const otherStart = await workspaceRevision(db().db, other);
      await saveStrategy(db().db, ws, richStrategy(), ctx());
      const saved = await workspaceRevision(db().db, ws);
      expect(BigInt(saved!.revision)).toBeGreaterThan(BigInt(start!.revision));
      expect(await workspaceRevision(db().db, other)).toEqual(otherStart);

      await expect(
        db()
          .db.transaction()
          .execute(async (trx) => {
            await saveStrategy(trx, ws, richStrategy(), { ...ctx(), replace: true });
            throw new Error('roll back');
          }),
      ).rejects.toThrow('roll back');
      expect(await workspaceRevision(db().db, ws)).toEqual(saved);
    });

    it('moves on a single value write', async () => {
      const ws = await freshWorkspace(db().db);
      await saveStrategy(db().db, ws, richStrategy(), ctx());
      const before = await workspaceRevision(db().db, ws);
      const strategy = richStrategy();
      const scorecard = strategy.scorecards[0]!;
      const kpi = scorecard.objectives.find((o) => o.kpis.length > 0)!.kpis[0]!;
      await upsertValues(
        db().db,
        ws,
        scorecard.id,
        [{ kpi: kpi.id, period: '2031-01', value: 1, comment: null }],
        ctx(),
      );
      const after = await workspaceRevision(db().db, ws);
      expect(BigInt(after!.revision)).toBeGreaterThan(BigInt(before!.revision));
    });

    it('records which scorecards changed after a revision', async () => {
      const ws = await freshWorkspace(db().db);
      const start = (await workspaceRevision(db().db, ws))!;
      const strategy = richStrategy();
      await saveStrategy(db().db, ws, strategy, ctx());
      expect(await changedScorecards(db().db, start.workspaceId, start.revision)).toContain(
        ALL_SCORECARDS,
      );
      const saved = (await workspaceRevision(db().db, ws))!;
      expect(await changedScorecards(db().db, start.workspaceId, saved.revision)).toEqual([]);
      const scorecard = strategy.scorecards.find((c) => c.objectives.some((o) => o.kpis.length))!;
      const kpi = scorecard.objectives.find((o) => o.kpis.length > 0)!.kpis[0]!;
      await upsertValues(
        db().db,
        ws,
        scorecard.id,
        [{ kpi: kpi.id, period: '2031-02', value: 2, comment: null }],
        ctx(),
      );
      expect(await changedScorecards(db().db, start.workspaceId, saved.revision)).toEqual([
        scorecard.id,
      ]);
      const [reloaded] = await loadScorecards(db().db, ws, [scorecard.id, 'missing']);
      expect(reloaded?.id).toBe(scorecard.id);
    });
  });
});
