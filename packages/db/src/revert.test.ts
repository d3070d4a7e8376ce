import { describe, expect, it } from 'vitest';
import { type PeriodKey, objectiveId } from '@bearing/core';
import { buildKpi, buildObjective } from '@bearing/testing';
import { forEachDialect } from '@bearing/testing/databases';
import { listChanges } from './repositories/change.repository.ts';
import { createKpi, deleteKpi, getKpi, updateKpi } from './repositories/kpi.repository.ts';
import { listValues, upsertValue } from './repositories/kpi-value.repository.ts';
import {
  createObjective,
  deleteObjective,
  getObjective,
  listObjectives,
} from './repositories/objective.repository.ts';
import {
  deleteScorecard,
  getScorecard,
  updateScorecard,
} from './repositories/scorecard.repository.ts';
import { revertChange } from './revert.ts';
import { loadStrategy, saveStrategy } from './strategy-store.ts';
import { ctx, freshWorkspace, richStrategy } from './test-fixtures.ts';
import { NotFoundError } from './errors.ts';

async function lastChangeId(db: Parameters<typeof listChanges>[0], ws: string): Promise<string> {
  const all = await listChanges(db, ws);
  const last = all.at(-1);
  if (!last) throw new Error('no changes');
  return last.id;
}

forEachDialect(({ db }) => {
  describe('revertChange', () => {
    it('undoes an update, logging the undo as an update of its own', async () => {
      const ws = await freshWorkspace(db().db);
      await saveStrategy(db().db, ws, richStrategy(), ctx());
      await updateScorecard(db().db, ws, 'corp', 1, { name: 'Renamed' }, ctx('bob'));
      await revertChange(db().db, await lastChangeId(db().db, ws), ctx('carol'));
      const now = await getScorecard(db().db, ws, 'corp');
      expect(now).toMatchObject({ name: 'Acme corporate scorecard', version: 3 });
      const log = await listChanges(db().db, ws, { entityType: 'scorecard', entityKey: 'corp' });
      expect(log.at(-1)).toMatchObject({
        operation: 'update',
        actor: 'carol',
        after: { name: 'Acme corporate scorecard' },
      });
    });

    it('undoes a KPI update including per-period targets', async () => {
      const ws = await freshWorkspace(db().db);
      await saveStrategy(db().db, ws, richStrategy(), ctx());
      const before = await getKpi(db().db, ws, 'corp', 'return-rate');
      await updateKpi(
        db().db,
        ws,
        'corp',
        'return-rate',
        1,
        { targets: { '2028': 1 }, target: [1, 2] },
        ctx(),
      );
      await revertChange(db().db, await lastChangeId(db().db, ws), ctx());
      expect(await getKpi(db().db, ws, 'corp', 'return-rate')).toEqual({ ...before, version: 3 });
    });

    it('undoes a scorecard delete, restoring the whole tree', async () => {
      const ws = await freshWorkspace(db().db);
      await saveStrategy(db().db, ws, richStrategy(), ctx());
      await deleteScorecard(db().db, ws, 'corp', ctx());
      // Deleting corp detached sales/hire's contributesTo (its own logged update) before the delete.
      const log = await listChanges(db().db, ws);
      const del = log.findLast((c) => c.operation === 'delete');
      await revertChange(db().db, del!.id, ctx());
      const detach = log.find((c) => c.entityType === 'objective' && c.entityKey === 'hire');
      await revertChange(db().db, detach!.id, ctx());
      const loaded = await loadStrategy(db().db, ws);
      const original = richStrategy();
      expect(loaded.scorecards.map((s) => s.id)).toEqual(['sales', 'corp']);
      expect(loaded.scorecards[1]).toEqual(original.scorecards[0]);
      expect(loaded.scorecards[0]).toEqual(original.scorecards[1]);
    });

    it('undoes an objective delete with its KPIs, values, initiatives and links', async () => {
      const ws = await freshWorkspace(db().db);
      await saveStrategy(db().db, ws, richStrategy(), ctx());
      const before = (await loadStrategy(db().db, ws)).scorecards[0]!;
      await deleteObjective(db().db, ws, 'corp', 'quality', ctx());
      await expect(getObjective(db().db, ws, 'corp', 'quality')).rejects.toBeInstanceOf(
        NotFoundError,
      );
      const del = (await listChanges(db().db, ws)).findLast((c) => c.operation === 'delete');
      await revertChange(db().db, del!.id, ctx());
      const after = (await loadStrategy(db().db, ws)).scorecards[0]!;
      expect(after.objectives.find((o) => o.id === 'quality')).toEqual(
        before.objectives.find((o) => o.id === 'quality'),
      );
      expect(after.links).toEqual(before.links);
    });

    it('undoes a KPI delete with its values and comments', async () => {
      const ws = await freshWorkspace(db().db);
      await saveStrategy(db().db, ws, richStrategy(), ctx());
      const values = await listValues(db().db, ws, 'corp', 'return-rate');
      await deleteKpi(db().db, ws, 'corp', 'return-rate', ctx());
      await revertChange(db().db, await lastChangeId(db().db, ws), ctx());
      const restored = await listValues(db().db, ws, 'corp', 'return-rate');
      expect(restored.map(({ period, value, comment }) => ({ period, value, comment }))).toEqual(
        values.map(({ period, value, comment }) => ({ period, value, comment })),
      );
    });

    it('undoes a create by deleting what was created', async () => {
      const ws = await freshWorkspace(db().db);
      await saveStrategy(db().db, ws, richStrategy(), ctx());
      await createObjective(
        db().db,
        ws,
        'corp',
        buildObjective({ id: objectiveId('extra'), kpis: [buildKpi()] }),
        ctx(),
      );
      await revertChange(db().db, await lastChangeId(db().db, ws), ctx());
      expect((await listObjectives(db().db, ws, 'corp')).map((o) => o.id)).toEqual([
        'qa-hours',
        'quality',
      ]);
      const kpi = buildKpi();
      await createKpi(db().db, ws, 'corp', 'quality', kpi, ctx());
      await revertChange(db().db, await lastChangeId(db().db, ws), ctx());
      await expect(getKpi(db().db, ws, 'corp', kpi.id)).rejects.toBeInstanceOf(NotFoundError);
    });

    it('undoes value changes: an update restores the old value, a create removes the value', async () => {
      const ws = await freshWorkspace(db().db);
      await saveStrategy(db().db, ws, richStrategy(), ctx());
      const v = (period: string, value: number) => ({
        period: period as PeriodKey,
        value,
        comment: null,
      });
      await upsertValue(db().db, ws, 'corp', 'return-rate', v('2026-03', 9), ctx());
      await revertChange(db().db, await lastChangeId(db().db, ws), ctx());
      await upsertValue(db().db, ws, 'corp', 'return-rate', v('2026-04', 3), ctx());
      await revertChange(db().db, await lastChangeId(db().db, ws), ctx());
      const values = await listValues(db().db, ws, 'corp', 'return-rate');
      expect(values.map((x) => [x.period, x.value])).toEqual([
        ['2026-01', 6.5],
        ['2026-02', 5],
        ['2026-03', 4.25],
      ]);
      expect(values[2]?.version).toBe(3);
    });

    it('undoes the whole import of a scorecard', async () => {
      const ws = await freshWorkspace(db().db);
      await saveStrategy(db().db, ws, richStrategy(), ctx());
      const sales = (
        await listChanges(db().db, ws, { entityType: 'scorecard', entityKey: 'sales' })
      )[0]!;
      await revertChange(db().db, sales.id, ctx());
      await expect(getScorecard(db().db, ws, 'sales')).rejects.toBeInstanceOf(NotFoundError);
      expect((await getObjective(db().db, ws, 'corp', 'quality')).contributesTo).toBeNull();
    });
  });
});
