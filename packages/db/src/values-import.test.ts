import { describe, expect, it } from 'vitest';
import {
  type Cell,
  type PeriodKey,
  type ValuesTable,
  kpiId,
  longValueRows,
  scorecardId,
} from '@bearing/core';
import { buildKpi, buildObjective, buildScorecard, buildStrategy } from '@bearing/testing';
import { forEachDialect } from '@bearing/testing/databases';
import { listChanges } from './repositories/change.repository.ts';
import { loadStrategy, saveStrategy } from './strategy-store.ts';
import { ctx, freshWorkspace } from './test-fixtures.ts';
import { importValuesTable } from './values-import.ts';

const strategy = buildStrategy({
  scorecards: [
    buildScorecard({
      id: scorecardId('corporate'),
      objectives: [
        buildObjective({
          kpis: [
            buildKpi({
              id: kpiId('revenue'),
              name: 'Revenue',
              values: [{ period: '2026-01' as PeriodKey, value: 100, comment: 'audited' }],
            }),
            buildKpi({ id: kpiId('return-rate'), name: 'Return rate', unit: '%' }),
          ],
        }),
      ],
    }),
    buildScorecard({
      id: scorecardId('retail'),
      objectives: [buildObjective({ kpis: [buildKpi({ id: kpiId('nps'), name: 'NPS' })] })],
    }),
  ],
});

const table = (rows: readonly (readonly Cell[])[]): ValuesTable => ({
  source: 'values.csv',
  sheet: null,
  decimalSeparator: '.',
  rows: rows.map((cells, i) => ({ row: i + 1, cells })),
});

const GOOD = table([
  ['kpi', 'period', 'value'],
  ['Revenue', '2026-01', '100'],
  ['Revenue', '2026-02', '120'],
  ['Return rate', '2026-02', '4.5%'],
  ['NPS', '2026-02', '31'],
]);

forEachDialect(({ db }) => {
  describe('importValuesTable', () => {
    it('writes a file across scorecards in one go, logged under the importer; again is a no-op', async () => {
      const ws = await freshWorkspace(db().db);
      await saveStrategy(db().db, ws, strategy, ctx('setup'));
      const request = { table: GOOD, scorecard: null, dryRun: false };
      const first = await importValuesTable(db().db, ws, request, ctx('bob'));
      expect(first.ok && first.diff.counts).toEqual({ new: 3, changed: 0, unchanged: 1 });
      const stored = longValueRows(await loadStrategy(db().db, ws));
      expect(stored.map((r) => `${r.scorecard}/${r.kpi}@${r.period}=${r.value}`)).toEqual([
        'corporate/revenue@2026-01=100',
        'corporate/revenue@2026-02=120',
        'corporate/return-rate@2026-02=4.5',
        'retail/nps@2026-02=31',
      ]);
      // The file has no comment column: the stored comment stays.
      expect(stored[0]?.comment).toBe('audited');
      const logged = await listChanges(db().db, ws, { entityType: 'kpi_value' });
      expect(logged.filter((c) => c.actor === 'bob')).toHaveLength(3);

      const again = await importValuesTable(db().db, ws, request, ctx('bob'));
      expect(again.ok && again.diff.counts).toEqual({ new: 0, changed: 0, unchanged: 4 });
      expect(await listChanges(db().db, ws, { entityType: 'kpi_value' })).toHaveLength(
        logged.length,
      );
    });

    it('writes nothing from a file with problems, and lists every one', async () => {
      const ws = await freshWorkspace(db().db);
      await saveStrategy(db().db, ws, strategy, ctx('setup'));
      const before = await loadStrategy(db().db, ws);
      const bad = table([
        ['kpi', 'period', 'value'],
        ['Revenue', '2026-02', '120'],
        ['NPS', '2026-02', 'many'],
        ['Return rate', '2026-02', '-1'],
        ['Churn', '2026-02', '3'],
      ]);
      const result = await importValuesTable(
        db().db,
        ws,
        { table: bad, scorecard: null, dryRun: false },
        ctx(),
      );
      expect(result.ok ? [] : result.problems.map((p) => [p.location.row, p.code])).toEqual([
        [3, 'INVALID_NUMBER'],
        [4, 'NEGATIVE_PERCENT'],
        [5, 'UNKNOWN_KPI'],
      ]);
      expect(await loadStrategy(db().db, ws)).toEqual(before);
    });

    it('rolls back every value when a write fails part-way', async () => {
      const ws = await freshWorkspace(db().db);
      await saveStrategy(db().db, ws, strategy, ctx('setup'));
      const before = await loadStrategy(db().db, ws);
      const request = {
        table: GOOD,
        scorecard: null,
        dryRun: false,
        // The first scorecard is written; then the import fails, as a crash or a lost connection would.
        onProgress: () => {
          throw new Error('interrupted');
        },
      };
      await expect(importValuesTable(db().db, ws, request, ctx())).rejects.toThrow('interrupted');
      expect(await loadStrategy(db().db, ws)).toEqual(before);
    });

    it('writes nothing on a dry run', async () => {
      const ws = await freshWorkspace(db().db);
      await saveStrategy(db().db, ws, strategy, ctx('setup'));
      const before = await loadStrategy(db().db, ws);
      const result = await importValuesTable(
        db().db,
        ws,
        { table: GOOD, scorecard: null, dryRun: true },
        ctx(),
      );
      expect(result.ok && result.diff.counts.new).toBe(3);
      expect(await loadStrategy(db().db, ws)).toEqual(before);
    });
  });
});
