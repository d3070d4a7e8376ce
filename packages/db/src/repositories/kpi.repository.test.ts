import { describe, expect, it } from 'vitest';
import { kpiId, objectiveId } from '@bearing/core';
import { buildKpi } from '@bearing/testing';
import { forEachDialect } from '@bearing/testing/databases';
import { ConflictError, DuplicateKeyError, NotFoundError } from '../errors.ts';
import { saveStrategy } from '../strategy-store.ts';
import { ctx, freshWorkspace, richStrategy } from '../test-fixtures.ts';
import { createKpi, deleteKpi, getKpi, listKpis, updateKpi } from './kpi.repository.ts';
import { listValues } from './kpi-value.repository.ts';
import { omit } from './versioning.ts';

forEachDialect(({ db }) => {
  async function seeded(): Promise<string> {
    const ws = await freshWorkspace(db().db);
    await saveStrategy(db().db, ws, richStrategy(), ctx());
    return ws;
  }

  describe('KPIs', () => {
    it('reads a KPI by key with targets, range targets, thresholds and booleans', async () => {
      const ws = await seeded();
      const expected = omit(richStrategy().scorecards[0]!.objectives[1]!.kpis[1]!, 'values');
      expect(await getKpi(db().db, ws, 'corp', 'temperature')).toEqual({
        ...expected,
        objective: 'quality',
        version: 1,
      });
      expect(await getKpi(db().db, ws, 'corp', 'return-rate')).toMatchObject({
        carryForward: true,
        allowNegative: true,
        thresholds: { green: 0.95, amber: 0.7 },
      });
      expect((await listKpis(db().db, ws, 'corp', 'quality')).map((k) => k.id)).toEqual([
        'return-rate',
        'temperature',
      ]);
    });

    it('creates with values, refuses duplicate keys in the scorecard, updates and deletes', async () => {
      const ws = await seeded();
      const kpi = buildKpi({
        id: kpiId('nps'),
        values: [{ period: '2026-01' as never, value: 40, comment: null }],
      });
      await createKpi(db().db, ws, 'corp', 'qa-hours', kpi, ctx());
      expect((await listValues(db().db, ws, 'corp', 'nps')).map((v) => v.value)).toEqual([40]);
      await expect(
        createKpi(db().db, ws, 'corp', 'quality', buildKpi({ id: kpiId('nps') }), ctx()),
      ).rejects.toBeInstanceOf(DuplicateKeyError);
      const moved = await updateKpi(
        db().db,
        ws,
        'corp',
        'nps',
        1,
        { objective: objectiveId('quality'), targets: { '2026-Q1': [1, 2] } },
        ctx(),
      );
      expect(await getKpi(db().db, ws, 'corp', 'nps')).toEqual(moved);
      expect(moved).toMatchObject({
        objective: 'quality',
        targets: { '2026-Q1': [1, 2] },
        version: 2,
      });
      await expect(
        updateKpi(db().db, ws, 'corp', 'nps', 1, { name: 'x' }, ctx()),
      ).rejects.toBeInstanceOf(ConflictError);
      await deleteKpi(db().db, ws, 'corp', 'nps', ctx(), 2);
      await expect(getKpi(db().db, ws, 'corp', 'nps')).rejects.toBeInstanceOf(NotFoundError);
    });
  });
});
