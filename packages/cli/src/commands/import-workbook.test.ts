import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { readXlsxTable } from '@bearing/io';
import { parseConfig, startServer, type RunningServer } from '@bearing/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, runCli, tempDir } from '../__fixtures__/harness.ts';

const STRATEGY = resolve(FIXTURES, '../assets/strategy.yaml');
const SAMPLE = resolve(FIXTURES, '../../../../docs/examples/strategy.xlsx');

async function databaseWith(file: string): Promise<{ dir: string; db: string }> {
  const dir = tempDir();
  const db = `sqlite:${join(dir, 'bearing.db')}`;
  const run = await runCli(['import', file, '--db', db]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return { dir, db };
}

const exportYaml = async (db: string) => (await runCli(['export', '--db', db])).stdout;

describe('bearing export --format xlsx / bearing import strategy.xlsx', () => {
  it('exports the workspace as a workbook that imports into another workspace unchanged', async () => {
    const { dir, db } = await databaseWith(STRATEGY);
    const exported = await runCli(
      ['export', '--format', 'xlsx', '--out', 'strategy.xlsx', '--db', db],
      {
        cwd: dir,
      },
    );
    expect(exported.code).toBe(0);
    const other = `sqlite:${join(dir, 'other.db')}`;
    const imported = await runCli(['import', join(dir, 'strategy.xlsx'), '--db', other]);
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toContain('imported 3 scorecards');
    expect(await exportYaml(other)).toBe(await exportYaml(db));
  });

  it('imports the sample workbook of docs/examples', async () => {
    const { db } = await databaseWith(SAMPLE);
    const { db: fromYaml } = await databaseWith(STRATEGY);
    expect(await exportYaml(db)).toBe(await exportYaml(fromYaml));
  });

  it('refuses a bad workbook with every problem located, exit 2, and imports nothing', async () => {
    const dir = tempDir();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(SAMPLE) as unknown as ExcelJS.Buffer);
    const kpis = workbook.getWorksheet('KPIs')!;
    kpis.getCell('I2').value = 'n/a';
    kpis.getCell('C3').value = 'qualty';
    const file = join(dir, 'bad.xlsx');
    writeFileSync(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
    const db = `sqlite:${join(dir, 'bearing.db')}`;
    const run = await runCli(['import', file, '--db', db]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'bad.xlsx: sheet KPIs, row 2, column I (baseline): expected a number',
    );
    expect(run.stderr).toContain(
      'bad.xlsx: sheet KPIs, row 3, column C (objective): unknown objective "qualty"',
    );
    expect(run.stderr).toContain('nothing was imported');
    expect((await runCli(['export', '--format', 'json', '--db', db])).stdout).toContain(
      '"scorecards": []',
    );
  });

  it('keeps the values-only workbook as --format values-xlsx, and values options off workbooks', async () => {
    const { dir, db } = await databaseWith(STRATEGY);
    const run = await runCli(['export', '--format', 'values-xlsx', '--out', 'v.xlsx', '--db', db], {
      cwd: dir,
    });
    expect(run.code).toBe(0);
    expect((await readXlsxTable(readFileSync(join(dir, 'v.xlsx')), 'v.xlsx')).sheet).toBe('Values');
    const dry = await runCli(['import', SAMPLE, '--dry-run', '--db', db]);
    expect(dry.code).toBe(2);
    expect(dry.stderr).toContain('--dry-run is for values files');
  });
});

describe('bearing import strategy.xlsx --server', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(parseConfig({ port: '0', db: 'sqlite::memory:' }, {}));
  });
  afterAll(async () => {
    await server.close();
  });

  it('imports the workbook through the strategy import endpoint, and exports it back', async () => {
    const run = await runCli(['import', SAMPLE, '--server', server.url]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const dir = tempDir();
    const exported = await runCli(
      ['export', '--format', 'xlsx', '--out', 'back.xlsx', '--server', server.url],
      {
        cwd: dir,
      },
    );
    expect(exported.code).toBe(0);
    const again = await runCli([
      'import',
      join(dir, 'back.xlsx'),
      '--db',
      `sqlite:${join(dir, 'x.db')}`,
    ]);
    expect(again.code).toBe(0);
  });
});
