import { describe, expect, it } from 'vitest';
import type { PeriodKey } from '@bearing/core';
import { forEachDialect } from '@bearing/testing/databases';
import { ConflictError, NotFoundError } from '../errors.ts';
import { saveStrategy } from '../strategy-store.ts';
import { ctx, freshWorkspace, richStrategy } from '../test-fixtures.ts';
import { listChanges } from './change.repository.ts';
import { deleteValue, listValues, upsertValue, upsertValues } from './kpi-value.repository.ts';

const v = (period: string, value: number, comment: string | null = null) => ({
  period: period as PeriodKey,
  value,
  comment,
});

forEachDialect(({ db }) => {
  async function seeded(): Promise<string> {
    const ws = await freshWorkspace(db().db);
    await saveStrategy(db().db, ws, richStrategy(), ctx());
    return ws;
  }
  const valueChanges = async (ws: string) => listChanges(db().db, ws, { entityType: 'kpi_value' });

  describe('KPI values', () => {
    it('creates, then updates, recording author, time and version', async () => {
      const ws = await seeded();
      expect(
        await upsertValue(
          db().db,
          ws,
          'corp',
          'return-rate',
          v('2026-04', 3.5, 'spring'),
          ctx('bob', '2026-05-02T08:00:00.000Z'),
        ),
      ).toEqual({ created: 1, updated: 0, unchanged: 0 });
      expect(
        await upsertValue(
          db().db,
          ws,
          'corp',
          'return-rate',
          v('2026-04', 3.25, 'spring'),
          ctx('carol'),
        ),
      ).toEqual({ created: 0, updated: 1, unchanged: 0 });
      const [latest] = (
        await listValues(db().db, ws, 'corp', 'return-rate', { from: '2026-04' })
      ).slice(-1);
      expect(latest).toEqual({
        period: '2026-04',
        value: 3.25,
        comment: 'spring',
        version: 2,
        author: 'carol',
        updatedAt: '2026-11-25T10:00:00.000Z',
      });
      expect(
        (await valueChanges(ws)).map((c) => [c.operation, c.entityKey, c.period, c.actor]),
      ).toEqual([
        ['create', 'return-rate', '2026-04', 'bob'],
        ['update', 'return-rate', '2026-04', 'carol'],
      ]);
    });

    it('is idempotent: the same value and comment write no version and no change row', async () => {
      const ws = await seeded();
      await upsertValue(db().db, ws, 'corp', 'return-rate', v('2026-04', 3.5, 'c'), ctx());
      expect(
        await upsertValue(db().db, ws, 'corp', 'return-rate', v('2026-04', 3.5, 'c'), ctx('bob')),
      ).toEqual({ created: 0, updated: 0, unchanged: 1 });
      expect(
        await upsertValue(
          db().db,
          ws,
          'corp',
          'return-rate',
          v('2026-01', 6.5, 'after the recall'),
          ctx(),
        ),
      ).toMatchObject({ unchanged: 1 });
      expect(
        (await listValues(db().db, ws, 'corp', 'return-rate')).find((x) => x.period === '2026-04')
          ?.version,
      ).toBe(1);
      expect(await valueChanges(ws)).toHaveLength(1);
    });

    it('treats a changed comment alone as a change', async () => {
      const ws = await seeded();
      expect(
        await upsertValue(db().db, ws, 'corp', 'return-rate', v('2026-01', 6.5, null), ctx()),
      ).toMatchObject({ updated: 1 });
    });

    it('upserts in bulk across KPIs; the last input for a period wins; periods are normalised', async () => {
      const ws = await seeded();
      const result = await upsertValues(
        db().db,
        ws,
        'corp',
        [
          { kpi: 'return-rate', ...v('2026-02', 5) },
          { kpi: 'return-rate', ...v('2026-05', 1) },
          { kpi: 'return-rate', ...v('2026-05', 2) },
          { kpi: 'temperature', ...v('2026-q2', 21) },
        ],
        ctx(),
      );
      expect(result).toEqual({ created: 2, updated: 0, unchanged: 1 });
      expect((await listValues(db().db, ws, 'corp', 'temperature')).map((x) => x.period)).toEqual([
        '2026-Q1',
        '2026-Q2',
      ]);
      expect(
        (
          await listValues(db().db, ws, 'corp', 'return-rate', { from: '2026-05', to: '2026-05' })
        )[0]?.value,
      ).toBe(2);
    });

    it('is all or nothing: an unknown KPI in a batch writes none of it', async () => {
      const ws = await seeded();
      await expect(
        upsertValues(
          db().db,
          ws,
          'corp',
          [
            { kpi: 'return-rate', ...v('2026-06', 1) },
            { kpi: 'nope', ...v('2026-06', 1) },
          ],
          ctx(),
        ),
      ).rejects.toBeInstanceOf(NotFoundError);
      expect(await listValues(db().db, ws, 'corp', 'return-rate', { from: '2026-06' })).toEqual([]);
    });

    it('checks an expected version when given (0 = must not exist yet)', async () => {
      const ws = await seeded();
      await upsertValue(db().db, ws, 'corp', 'return-rate', v('2026-07', 1), ctx(), 0);
      const error = await upsertValue(
        db().db,
        ws,
        'corp',
        'return-rate',
        v('2026-07', 2),
        ctx(),
        0,
      ).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConflictError);
      expect((error as ConflictError).current).toMatchObject({ value: 1, version: 1 });
      await upsertValue(db().db, ws, 'corp', 'return-rate', v('2026-07', 2), ctx(), 1);
    });

    it('filters by period range in SQL, by day numbers', async () => {
      const ws = await seeded();
      const q1 = await listValues(db().db, ws, 'corp', 'return-rate', {
        from: '2026-Q1',
        to: '2026-02',
      });
      expect(q1.map((x) => x.period)).toEqual(['2026-01', '2026-02']);
    });

    it('deletes a value and logs its last state', async () => {
      const ws = await seeded();
      await deleteValue(db().db, ws, 'corp', 'return-rate', '2026-01', ctx());
      expect((await valueChanges(ws)).at(-1)).toMatchObject({
        operation: 'delete',
        before: { period: '2026-01', value: 6.5, comment: 'after the recall', version: 1 },
        after: null,
      });
      await expect(
        deleteValue(db().db, ws, 'corp', 'return-rate', '2026-01', ctx()),
      ).rejects.toBeInstanceOf(NotFoundError);
    });
  });
});
