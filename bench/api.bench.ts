import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';
import {
  type ScorecardId,
  type Strategy,
  periodOf,
  prepareStrategy,
  scoreScorecard,
} from '@bearing/core';
import { createDatabase, migrateToLatest } from '@bearing/db';
import { enterpriseToYaml, generateEnterprise } from '@bearing/testing';
import autocannon from 'autocannon';
import pg from 'pg';
import {
  PG_URL_VARIABLE,
  findPgBin,
  startPgCluster,
} from '../packages/testing/src/pg-global-setup.ts';
import { sqlScorecardScore } from './api-sql.ts';
import { type Child, startChild } from './child.ts';
import { ms } from './report.ts';
import { type Timing, measure, summarize } from './stats.ts';
import { BenchFailure, type BenchContext, type BenchRow, type BenchSuite } from './suite.ts';

/**
 * The API's figures (issue 3): with the synthetic enterprise in SQLite and in PostgreSQL, the
 * scores endpoint of a 60-KPI department scorecard under 50 connections (autocannon, loopback),
 * beside the same computation as one hand-written SQL query in the same database (timed alone
 * and served through a minimal route loaded the same way); a 5,000-value bulk upsert; and
 * importing the whole enterprise through the API.
 */
const SEED = 20240101;
const PERIOD = '2026-12';
const WS = 'default';
const CONNECTIONS = 50;
const SERVER = 'packages/server/src/main.ts';

export const api: BenchSuite = {
  name: 'api',
  description: 'REST API on SQLite and PostgreSQL: import, scores under load, bulk upsert',
  run,
};

interface Enterprise {
  readonly strategy: Strategy;
  readonly yaml: string;
  readonly values: number;
  readonly department: ScorecardId;
  readonly kpis: readonly string[];
}

async function run(ctx: BenchContext): Promise<BenchRow[]> {
  const scorecards = Math.max(3, Math.round(1000 * ctx.scale));
  const duration = Math.max(3, Math.round(10 * Math.min(1, ctx.scale * 2)));
  const enterprise = generate(ctx, scorecards);
  const rows: BenchRow[] = [];

  const dir = mkdtempSync(join(tmpdir(), 'bearing-bench-'));
  try {
    rows.push(
      ...(await dialectRows(
        ctx,
        'SQLite',
        `sqlite:${join(dir, 'bench.db')}`,
        enterprise,
        duration,
      )),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const postgres = await openPostgres(ctx);
  if (postgres === null) return rows;
  try {
    rows.push(...(await dialectRows(ctx, 'PostgreSQL', postgres.url, enterprise, duration)));
  } finally {
    await postgres.stop();
  }
  return rows;
}

function generate(ctx: BenchContext, scorecards: number): Enterprise {
  const start = performance.now();
  const strategy = generateEnterprise({ seed: SEED, scorecards });
  const yaml = enterpriseToYaml(strategy);
  let values = 0;
  for (const card of strategy.scorecards)
    for (const o of card.objectives) for (const k of o.kpis) values += k.values.length;
  // A department: the last scorecard (level 3, 60 KPIs, nothing cascades into it).
  const department = strategy.scorecards[strategy.scorecards.length - 1]!;
  const kpis = department.objectives.flatMap((o) => o.kpis.map((k) => k.id));
  ctx.log(
    `generated ${scorecards} scorecards, ${values} values, ${(yaml.length / 2 ** 20).toFixed(1)} MB of YAML in ${ms(performance.now() - start)} ms; department "${department.id}" has ${kpis.length} KPIs`,
  );
  return { strategy, yaml, values, department: department.id, kpis };
}

async function dialectRows(
  ctx: BenchContext,
  label: string,
  url: string,
  enterprise: Enterprise,
  duration: number,
): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const database = await createDatabase(url);
  await migrateToLatest(database.db);
  const server = await startChild(SERVER, ['--port', '0', '--host', '127.0.0.1', '--db', url], {
    BEARING_IMPORT_LIMIT: String(1024 * 2 ** 20),
    BEARING_BODY_LIMIT: String(16 * 2 ** 20),
  });
  let sqlServer: Child | undefined;
  try {
    const base = `${server.url}/api/workspaces/${WS}`;
    const scoresUrl = `${base}/scorecards/${enterprise.department}/scores?period=${PERIOD}`;

    // Import the whole enterprise through the API (parse, validate, one transaction).
    const imported = await timeHttp(`${base}/import?replace=true`, 'POST', enterprise.yaml, {
      'content-type': 'application/yaml',
    });
    const importSeconds = imported / 1000;
    ctx.log(`[${label}] import: ${importSeconds.toFixed(1)} s`);
    rows.push({
      measure: `[${label}] import the enterprise via POST /import (${enterprise.strategy.scorecards.length} scorecards, ${enterprise.values} values)`,
      ours: single(imported),
      baseline: null,
      aim: label === 'SQLite' ? '< 60 s on SQLite' : 'none (SQLite aim only)',
      met: label === 'SQLite' ? importSeconds < 60 : null,
      note: `${Math.round(enterprise.values / importSeconds).toLocaleString('en')} values/s; ${(enterprise.yaml.length / 2 ** 20).toFixed(1)} MB`,
    });

    // The first scores request after a write loads and prepares the workspace (cache miss).
    const first = await timeHttp(scoresUrl, 'GET');
    rows.push({
      measure: `[${label}] first scores request after the import (load the workspace, prepare the cascade)`,
      ours: single(first),
      baseline: null,
      aim: 'one-off per import',
      met: null,
    });

    // The same computation: the engine alone (in this process) vs the hand-written SQL query.
    const engineScore = engineCheck(enterprise);
    const sqlResult = await sqlScorecardScore(database.db, WS, enterprise.department, PERIOD);
    const prepared = prepareStrategy(enterprise.strategy);
    const period = periodOf(PERIOD);
    const engineTiming = measure(() => scoreScorecard(prepared, enterprise.department, period), {
      warmup: 20,
      runs: 200,
    });
    const sqlTiming = await measureAsync(
      () => sqlScorecardScore(database.db, WS, enterprise.department, PERIOD),
      10,
      label === 'SQLite' ? 200 : 100,
    );
    rows.push({
      measure: `[${label}] score the department as of ${PERIOD}: engine on the cached index vs one SQL query`,
      ours: engineTiming,
      baseline: sqlTiming,
      aim: 'faster than the SQL query',
      met: engineTiming.median < sqlTiming.median,
      note: `scores: engine ${fmt(engineScore)}, SQL ${fmt(sqlResult.score)} (simplified, see api-sql.ts)`,
    });

    // Under load: the real endpoint vs the minimal SQL route, 50 connections each.
    const ours = await load(scoresUrl, duration);
    sqlServer = await startChild('bench/sql-server.ts', [url]);
    const sqlUrl = `${sqlServer.url}/score/${WS}/${enterprise.department}/${PERIOD}`;
    const theirs = await load(sqlUrl, duration);
    await sqlServer.stop();
    sqlServer = undefined;
    ctx.log(
      `[${label}] scores endpoint ${Math.round(ours.rps)} req/s (p50 ${ours.p50} ms, p99 ${ours.p99} ms); SQL route ${Math.round(theirs.rps)} req/s (p50 ${theirs.p50} ms, p99 ${theirs.p99} ms)`,
    );
    const sqliteAim = label === 'SQLite';
    rows.push({
      measure: `[${label}] GET scores of a ${enterprise.kpis.length}-KPI scorecard, ${CONNECTIONS} connections, ${duration} s: p50 latency`,
      ours: latency(ours.p50, ours),
      baseline: latency(theirs.p50, theirs),
      aim: sqliteAim ? '≥ 2,000 req/s (SQLite)' : 'none (SQLite aim only)',
      met: sqliteAim ? ours.rps >= 2000 : null,
      note: `${Math.round(ours.rps)} req/s vs SQL route ${Math.round(theirs.rps)} req/s (${(ours.rps / theirs.rps).toFixed(2)}× the throughput)${ours.failures > 0 ? `; ${ours.failures} errors/non-2xx` : ''}`,
    });
    rows.push({
      measure: `[${label}] … p99 latency`,
      ours: latency(ours.p99, ours),
      baseline: latency(theirs.p99, theirs),
      aim: sqliteAim ? 'p99 < 50 ms (SQLite)' : 'none (SQLite aim only)',
      met: sqliteAim ? ours.p99 < 50 : null,
    });

    // One value written, then the next scores request catches up: it reads the changed
    // scorecard again and prepares the strategy, instead of reloading the workspace.
    const kpi = enterprise.kpis[0]!;
    const catchUp: number[] = [];
    for (let i = 0; i < 3; i++) {
      await timeHttp(
        `${base}/scorecards/${enterprise.department}/kpis/${kpi}/values/${PERIOD}`,
        'PUT',
        JSON.stringify({ value: 40 + i }),
        { 'content-type': 'application/json' },
      );
      catchUp.push(await timeHttp(scoresUrl, 'GET'));
    }
    rows.push({
      measure: `[${label}] scores request after one value write (reload 1 scorecard, prepare; median of 3)`,
      ours: summarize(catchUp),
      baseline: null,
      aim: 'none',
      met: null,
    });

    // A 5,000-value bulk upsert into the department (a new value each run: all writes).
    const bulk: number[] = [];
    for (let runIndex = 0; runIndex < 5; runIndex++) {
      const body = JSON.stringify({ values: bulkValues(enterprise.kpis, runIndex) });
      bulk.push(
        await timeHttp(`${base}/scorecards/${enterprise.department}/values`, 'PUT', body, {
          'content-type': 'application/json',
        }),
      );
    }
    const bulkTiming = summarize(bulk.slice(1));
    rows.push({
      measure: `[${label}] bulk upsert of 5,000 values via PUT …/values (median of 4 after 1 warm-up)`,
      ours: bulkTiming,
      baseline: null,
      aim: 'none',
      met: null,
      note: `${Math.round(5000 / (bulkTiming.median / 1000)).toLocaleString('en')} values/s`,
    });
  } finally {
    await sqlServer?.stop();
    await server.stop();
    await database.close();
  }
  return rows;
}

function engineCheck(enterprise: Enterprise): number | null {
  const prepared = prepareStrategy(enterprise.strategy);
  return scoreScorecard(prepared, enterprise.department, periodOf(PERIOD)).score;
}

function fmt(score: number | null): string {
  return score === null ? 'N/A' : score.toFixed(4);
}

/** 5,000 values: the department's KPIs over monthly periods from 2024-01, distinct each run. */
function bulkValues(
  kpis: readonly string[],
  runIndex: number,
): { kpi: string; period: string; value: number }[] {
  const values: { kpi: string; period: string; value: number }[] = [];
  for (let month = 0; values.length < 5000; month++) {
    const period = `${2024 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
    for (const kpi of kpis) {
      if (values.length === 5000) break;
      values.push({ kpi, period, value: runIndex * 1000 + month + 0.5 });
    }
  }
  return values;
}

interface Load {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly min: number;
  readonly max: number;
  readonly total: number;
  readonly failures: number;
}

async function load(url: string, duration: number): Promise<Load> {
  // A short warm-up so the JIT has compiled the route before the measured run.
  await autocannon({ url, connections: 10, duration: 1 });
  const result = await autocannon({ url, connections: CONNECTIONS, duration });
  const failures = result.errors + result.timeouts + result.non2xx;
  if (result.requests.total === 0) throw new BenchFailure(`no request to ${url} succeeded`);
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    min: result.latency.min,
    max: result.latency.max,
    total: result.requests.total,
    failures,
  };
}

function latency(value: number, of: Load): Timing {
  return { median: value, min: of.min, max: of.max, runs: of.total };
}

function single(value: number): Timing {
  return { median: value, min: value, max: value, runs: 1 };
}

async function timeHttp(
  url: string,
  method: string,
  body?: string,
  headers: Record<string, string> = {},
): Promise<number> {
  const start = performance.now();
  const res = await fetch(url, { method, headers, ...(body === undefined ? {} : { body }) });
  const text = await res.text();
  const elapsed = performance.now() - start;
  if (!res.ok)
    throw new BenchFailure(`${method} ${url} answered ${res.status}: ${text.slice(0, 500)}`);
  return elapsed;
}

async function measureAsync(
  fn: () => Promise<unknown>,
  warmup: number,
  runs: number,
): Promise<Timing> {
  const samples: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const start = performance.now();
    await fn();
    if (i >= warmup) samples.push(performance.now() - start);
  }
  return summarize(samples);
}

/** BEARING_TEST_PG_URL, else a throwaway cluster as the test harness starts one, else null. */
async function openPostgres(
  ctx: BenchContext,
): Promise<{ readonly url: string; stop(): Promise<void> } | null> {
  let admin = process.env[PG_URL_VARIABLE];
  let stopCluster = (): void => undefined;
  if (!admin) {
    const bin = findPgBin();
    if (bin === null) {
      ctx.log(
        `PostgreSQL rows skipped: no PostgreSQL binaries in /usr/lib/postgresql/*/bin and ${PG_URL_VARIABLE} is not set`,
      );
      return null;
    }
    const cluster = await startPgCluster(bin);
    admin = cluster.url;
    stopCluster = () => {
      cluster.stop();
    };
    ctx.log('started a throwaway PostgreSQL cluster (fsync off, as in the tests)');
  }
  const name = `bench_${randomBytes(6).toString('hex')}`;
  const adminUrl = admin;
  await withClient(adminUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString();
  return {
    url,
    stop: async () => {
      try {
        await withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      } finally {
        stopCluster();
      }
    },
  };
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
