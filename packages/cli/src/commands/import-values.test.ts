import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createDatabase, listChanges } from '@bearing/db';
import { readXlsxTable, valuesToXlsx } from '@bearing/io';
import { parseConfig, startServer, type RunningServer } from '@bearing/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, runCli, tempDir } from '../__fixtures__/harness.ts';

const STRATEGY = resolve(FIXTURES, '../assets/strategy.yaml');
const EXAMPLES = resolve(FIXTURES, '../../../../docs/examples');
const LONG = join(EXAMPLES, 'values-long.csv');
const WIDE = join(EXAMPLES, 'values-wide-semicolon.csv');

/** A local database holding the example strategy of `bearing init` (scorecard acme). */
async function exampleDatabase(): Promise<{ dir: string; db: string }> {
  const dir = tempDir();
  const db = `sqlite:${join(dir, 'bearing.db')}`;
  expect((await runCli(['import', STRATEGY, '--db', db])).code).toBe(0);
  return { dir, db };
}

const exportCsv = async (db: string) =>
  (await runCli(['export', '--format', 'csv', '--db', db])).stdout;

describe('bearing import of a values file, on the local database', () => {
  it('imports the long sample, says what changed, and a second import changes nothing', async () => {
    const { db } = await exampleDatabase();
    const first = await runCli(['import', LONG, '--db', db], { env: { USER: 'alice' } });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('imported');
    expect(first.stdout).toContain('4 new, 0 changed, 1 unchanged');
    expect(await exportCsv(db)).toContain('acme,return-rate,2026-12,4.3,');

    const again = await runCli(['import', LONG, '--db', db]);
    expect(again.stdout).toContain('0 new, 0 changed, 5 unchanged');
  });

  it('records each imported value in the change log under the importing person', async () => {
    const { db } = await exampleDatabase();
    await runCli(['import', LONG, '--db', db], { env: { USER: 'alice' } });
    const database = await createDatabase(db);
    try {
      const changes = await listChanges(database.db, 'default', { entityType: 'kpi_value' });
      const imported = changes.filter((c) => c.actor === 'alice');
      expect(imported.map((c) => `${c.entityKey}@${c.period}`).sort()).toEqual([
        'cost-of-returns@2026-12',
        'nps@2026-12',
        'repeat-revenue@2026-12',
        'return-rate@2026-12',
      ]);
    } finally {
      await database.close();
    }
  });

  it('dry-runs the wide semicolon sample: lists new and changed values, writes nothing', async () => {
    const { db } = await exampleDatabase();
    const before = await exportCsv(db);
    const run = await runCli(['import', WIDE, '--db', db, '--dry-run']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('nothing was written');
    expect(run.stdout).toMatch(/changed acme\/cost-of-returns 2026-10: 33 → 34\.5/);
    expect(run.stdout).toMatch(/new\s+acme\/on-time-delivery 2026-09: 92\.5/);
    expect(run.stdout).toContain('2 new, 1 changed, 5 unchanged');
    expect(await exportCsv(db)).toBe(before);

    expect((await runCli(['import', WIDE, '--db', db])).code).toBe(0);
    const changed = join(tempDir(), 'changed.csv');
    writeFileSync(changed, 'kpi;2026-10\r\nCost of returns;38\r\n');
    const rerun = await runCli(['import', changed, '--db', db, '--dry-run']);
    expect(rerun.stdout).toMatch(/changed acme\/cost-of-returns 2026-10: 34\.5 → 38/);
  });

  it('lists every problem of a bad file, located, with exit 2, and writes nothing', async () => {
    const { dir, db } = await exampleDatabase();
    const bad = join(dir, 'values.csv');
    writeFileSync(
      bad,
      [
        'kpi,period,value',
        'Product return rate,2026-07,3',
        'Retrun rate,2026-07,4',
        'nps,2026-13,30',
        'Cost of returns,2026-07,n/a',
        'Product return rate,2026-08,-1',
        'Cost of returns,2026-08,12%',
      ].join('\n'),
    );
    const before = await exportCsv(db);
    const run = await runCli(['import', bad, '--db', db]);
    expect(run.code).toBe(2);
    const lines = run.stderr.split('\n').filter((l) => l.includes('values.csv: row'));
    expect(lines).toHaveLength(5);
    expect(run.stderr).toContain(`values.csv: row 3, column A (kpi): unknown KPI "Retrun rate"`);
    expect(run.stderr).toContain('row 4, column B (period)');
    expect(run.stderr).toContain('row 5, column C (value): "n/a" is not a number');
    expect(run.stderr).toContain(
      'row 6, column C (value): "Product return rate" is a % KPI and cannot be negative',
    );
    expect(run.stderr).toContain(
      'row 7, column C (value): "12%": "Cost of returns" is measured in kEUR, not %',
    );
    expect(run.stderr).toContain('5 problems; nothing was imported');
    expect(await exportCsv(db)).toBe(before);
  });

  it('prints problems and changes as JSON with --json', async () => {
    const { dir, db } = await exampleDatabase();
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'kpi,period,value\nnps,2026-12,many\n');
    const failed = await runCli(['import', bad, '--db', db, '--json']);
    expect(failed.code).toBe(2);
    expect(JSON.parse(failed.stdout)).toMatchObject({
      valid: false,
      problems: [{ code: 'INVALID_NUMBER', path: 'row 2, column C (value)', row: 2, column: 2 }],
    });
    const dry = await runCli(['import', LONG, '--db', db, '--json', '--dry-run']);
    const result = JSON.parse(dry.stdout) as {
      dryRun: boolean;
      shape: string;
      counts: object;
      changes: { kind: string }[];
    };
    expect(result).toMatchObject({
      dryRun: true,
      shape: 'long',
      counts: { new: 4, changed: 0, unchanged: 1 },
    });
    expect(result.changes).toHaveLength(5);
  });

  it('imports an XLSX file, and exports values as XLSX that import back unchanged', async () => {
    const { dir, db } = await exampleDatabase();
    const file = join(dir, 'march.xlsx');
    const rows = [{ scorecard: 'acme', kpi: 'nps', period: '2026-12', value: 41, comment: null }];
    writeFileSync(file, await valuesToXlsx(rows));
    const imported = await runCli(['import', file, '--db', db]);
    expect(imported.stdout).toContain('1 new');

    const exported = await runCli(
      ['export', '--format', 'values-xlsx', '--out', 'out.xlsx', '--db', db],
      {
        cwd: dir,
      },
    );
    expect(exported.code).toBe(0);
    const table = await readXlsxTable(readFileSync(join(dir, 'out.xlsx')), 'out.xlsx');
    expect(table.sheet).toBe('Values');
    const back = await runCli(['import', join(dir, 'out.xlsx'), '--db', db]);
    expect(back.stdout).toMatch(/0 new, 0 changed, \d+ unchanged/);
  });

  it('takes --scorecard for a file without a scorecard column, and refuses an unknown one', async () => {
    const { db } = await exampleDatabase();
    expect(
      (await runCli(['import', LONG, '--db', db, '--scorecard', 'acme', '--dry-run'])).code,
    ).toBe(0);
    const run = await runCli(['import', LONG, '--db', db, '--scorecard', 'amce']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown scorecard "amce" (did you mean "acme"?)');
  });

  it('refuses values options for a strategy file, and xlsx export without --out', async () => {
    expect(
      (await runCli(['import', STRATEGY, '--dry-run', '--db', 'sqlite::memory:'])).stderr,
    ).toContain('--dry-run is for values files');
    const run = await runCli(['export', '--format', 'xlsx', '--db', 'sqlite::memory:']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--out');
  });

  it('shows a progress bar on stderr in a terminal while a large file is written', async () => {
    const { dir, db } = await exampleDatabase();
    const file = join(dir, 'daily.csv');
    const kpis = ['repeat-revenue', 'cost-of-returns', 'qa-hours', 'nps'];
    const lines = ['kpi,period,value'];
    const start = Date.UTC(2020, 0, 1);
    for (let d = 0; d < 1500; d++) {
      const day = new Date(start + d * 86_400_000).toISOString().slice(0, 10);
      for (const kpi of kpis) lines.push(`${kpi},${day},${d}`);
    }
    writeFileSync(file, lines.join('\n'));
    const run = await runCli(['import', file, '--db', db], { isTTY: true });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('writing');
    expect(run.stderr).toContain('100% 6,000/6,000');
    expect(run.stdout).toContain('6000 new');
    const quiet = await runCli(['import', file, '--db', db]);
    expect(quiet.stderr).toBe('');
  });

  it('says plainly that a file is not a workbook', async () => {
    const file = join(tempDir(), 'fake.xlsx');
    writeFileSync(file, 'kpi,period,value\n');
    const run = await runCli(['import', file, '--db', 'sqlite::memory:']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('fake.xlsx is not a readable XLSX workbook');
  });
});

describe('bearing import of a values file through a running server', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(parseConfig({ port: '0', db: 'sqlite::memory:' }, {}));
    await runCli(['import', STRATEGY, '--server', server.url]);
  });
  afterAll(async () => {
    await server.close();
  });

  it('checks the file against the server’s strategy and writes through its API', async () => {
    const dry = await runCli(['import', WIDE, '--server', server.url, '--dry-run']);
    expect(dry.stdout).toContain('2 new, 1 changed');
    const run = await runCli(['import', WIDE, '--server', server.url]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('2 new, 1 changed, 5 unchanged');
    const exported = await runCli(['export', '--format', 'csv', '--server', server.url]);
    expect(exported.stdout).toContain('acme,cost-of-returns,2026-10,34.5,');
    const again = await runCli(['import', WIDE, '--server', server.url]);
    expect(again.stdout).toContain('0 new, 0 changed, 8 unchanged');
  });

  it('lists the problems with exit 2 and sends nothing', async () => {
    const file = join(tempDir(), 'bad.csv');
    writeFileSync(file, 'kpi,period,value\nMargin,2026-07,3\n');
    const run = await runCli(['import', file, '--server', server.url]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('bad.csv: row 2, column A (kpi): unknown KPI "Margin"');
  });
});
