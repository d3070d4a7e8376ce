import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type Strategy, kpiId, objectiveId, periodOf, scorecardId } from '@bearing/core';
import {
  type Database,
  createDatabase,
  importValuesTable,
  migrateToLatest,
  saveStrategy,
} from '@bearing/db';
import { readCsvTable } from '@bearing/io';
import { buildKpi, buildObjective, buildScorecard, buildStrategy } from '@bearing/testing';
import { ms } from './report.ts';
import { summarize } from './stats.ts';
import { BenchFailure, type BenchContext, type BenchRow, type BenchSuite } from './suite.ts';

/**
 * A large values file (issue 14): 100,000 rows of a long CSV (100 KPIs × 1,000 days) imported
 * into a fresh SQLite file — the CSV parsed, every cell checked against the strategy, the dry-run
 * diff, and the values written with the change log in one transaction. The baseline inserts the
 * same rows, already parsed, into the same table in one transaction with plain multi-row INSERTs:
 * the floor of any import.
 */
export const spreadsheets: BenchSuite = {
  name: 'spreadsheets',
  description: 'importing a 100,000-row values CSV into SQLite',
  run,
};

const KPIS = 100;
const RUNS = 3;

async function run(ctx: BenchContext): Promise<BenchRow[]> {
  const days = Math.max(10, Math.round(1000 * ctx.scale));
  const strategy = bigStrategy();
  const csv = csvOf(days);
  const rows = KPIS * days;
  ctx.log(`${rows} rows, ${Math.round(csv.length / 1024)} KiB of CSV`);
  const ours: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    ours.push(
      await withFreshDatabase(strategy, async (database) => {
        const start = performance.now();
        const table = readCsvTable(csv, 'values.csv');
        const result = await importValuesTable(
          database.db,
          'default',
          { table, scorecard: null, dryRun: false },
          { actor: 'bench', now: new Date('2026-12-01T00:00:00Z') },
        );
        const elapsed = performance.now() - start;
        if (!result.ok || result.diff.counts.new !== rows) {
          throw new BenchFailure(`the import did not write ${rows} new values`);
        }
        return elapsed;
      }),
    );
    floor.push(await withFreshDatabase(strategy, (database) => rawInsert(database, days)));
  }
  const timing = summarize(ours);
  const baseline = summarize(floor);
  ctx.log(`import ${ms(timing.median)} ms, raw insert ${ms(baseline.median)} ms (medians)`);
  return [
    {
      measure: `import a ${rows}-row long CSV (parse, check, diff, write with change log)`,
      ours: timing,
      baseline,
      aim: '< 30 s',
      met: timing.median < 30_000,
      note: `${Math.round(rows / (timing.median / 1000))} rows/s`,
    },
  ];
}

function bigStrategy(): Strategy {
  const kpis = Array.from({ length: KPIS }, (_, i) =>
    buildKpi({ id: kpiId(`k${i}`), name: `KPI ${i}`, frequency: 'daily' }),
  );
  return buildStrategy({
    scorecards: [
      buildScorecard({
        id: scorecardId('big'),
        name: 'Big',
        objectives: [buildObjective({ id: objectiveId('grow'), kpis })],
      }),
    ],
  });
}

/** Day `d` of the file, from 2020-01-01. */
const dayKey = (d: number) => new Date(Date.UTC(2020, 0, 1 + d)).toISOString().slice(0, 10);

function csvOf(days: number): string {
  const lines = ['kpi,period,value'];
  for (let d = 0; d < days; d++) {
    const day = dayKey(d);
    for (let k = 0; k < KPIS; k++) lines.push(`k${k},${day},${d}.5`);
  }
  return `${lines.join('\n')}\n`;
}

/** The same values inserted as plain rows in one transaction: no parsing, no checks, no log. */
async function rawInsert(database: Database, days: number): Promise<number> {
  const kpis = await database.db.selectFrom('kpis').select(['id', 'key']).execute();
  const start = performance.now();
  await database.db.transaction().execute(async (trx) => {
    const batch = [];
    for (let d = 0; d < days; d++) {
      const period = periodOf(dayKey(d));
      for (const kpi of kpis) {
        batch.push({
          kpi_id: kpi.id,
          period: period.key,
          period_start: period.start,
          period_end: period.end,
          value: d + 0.5,
          comment: null,
          author: 'bench',
          updated_at: '2026-12-01T00:00:00.000Z',
          version: 1,
        });
      }
    }
    // SQLite allows 32,766 parameters per statement: 3,000 rows of 9 columns stay below it.
    for (let i = 0; i < batch.length; i += 3000) {
      await trx
        .insertInto('kpi_values')
        .values(batch.slice(i, i + 3000))
        .execute();
    }
  });
  return performance.now() - start;
}

async function withFreshDatabase<T>(
  strategy: Strategy,
  fn: (database: Database) => Promise<T>,
): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'bearing-bench-sheets-'));
  const database = await createDatabase(`sqlite:${join(dir, 'bearing.db')}`);
  try {
    await migrateToLatest(database.db);
    await saveStrategy(database.db, 'default', strategy, {
      actor: 'bench',
      now: new Date('2026-12-01T00:00:00Z'),
    });
    return await fn(database);
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
