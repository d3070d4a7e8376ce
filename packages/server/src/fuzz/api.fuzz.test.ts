import fc from 'fast-check';
import { forEachDialect } from '@bearing/testing/databases';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_YAML, buildTestApp } from '../test-helpers.ts';
import type { App } from '../types.ts';
import { type FuzzRequest, operationsOf, requestsFor } from './operations.ts';
import { responseProblem, within } from './response-checks.ts';
import type { Known } from './schema-arbitrary.ts';

/**
 * The API fuzzed from its own OpenAPI document: for every operation, requests generated from
 * its schemas — mostly well-formed, with real ids, so handlers run; the rest with wrong types,
 * missing and extra fields, huge strings, odd unicode, odd numbers, odd periods, stale versions
 * and bad ids. It fails on any 5xx, any hang, any error out of shape, and any refused write
 * that changed the workspace. Seeded, so a failure repeats: BEARING_FUZZ_SEED, BEARING_FUZZ_RUNS.
 */
const SEED = Number(process.env['BEARING_FUZZ_SEED'] ?? 20261202);
const RUNS = Number(process.env['BEARING_FUZZ_RUNS'] ?? 24);
const REQUEST_TIMEOUT_MS = 10_000;

interface ExportedStrategy {
  scorecards?: {
    id: string;
    perspectives?: { id: string }[];
    objectives?: { id: string; kpis?: { id: string }[]; initiatives?: { id: string }[] }[];
    links?: { from: string; to: string }[];
  }[];
}

/** Ids and keys that exist now, so generated requests reach real entities. */
async function knownValues(app: App): Promise<Known> {
  const strategy = JSON.parse(
    (await app.inject('/api/workspaces/default/export?format=json')).body,
  ) as ExportedStrategy;
  const changes = (await app.inject('/api/workspaces/default/changes?limit=20')).json<{
    changes?: { id: string }[];
  }>();
  const scorecards = strategy.scorecards ?? [];
  const objectives = scorecards.flatMap((s) => s.objectives ?? []);
  const kpis = objectives.flatMap((o) => o.kpis ?? []).map((k) => k.id);
  const links = scorecards.flatMap((s) => s.links ?? []);
  const byField: Record<string, readonly unknown[]> = {
    ws: ['default'],
    id: scorecards.map((s) => s.id),
    objective: objectives.map((o) => o.id),
    kpi: kpis,
    node: [...objectives.map((o) => o.id), ...kpis],
    perspective: scorecards.flatMap((s) => (s.perspectives ?? []).map((p) => p.id)),
    initiative: objectives.flatMap((o) => (o.initiatives ?? []).map((i) => i.id)),
    from: [...links.map((l) => l.from), '2026-01', '2026-Q1'],
    to: [...links.map((l) => l.to), '2026-06', '2026'],
    changeId: (changes.changes ?? []).map((c) => c.id),
    name: ['hospice', 'city-council'],
    period: ['2026-06', '2026-Q2', '2026', '2026-W10', '2026-03-15'],
    version: [0, 1, 2, 999_999],
    'if-match': ['"1"', '"2"', 'W/"1"', '*', '"0"'],
    format: ['yaml', 'json', 'html', 'md'],
    replace: ['true', 'false'],
    perspectiveId: ['financial', 'customer'],
  };
  return (field) => byField[field] ?? [];
}

function describeRequest(request: FuzzRequest): string {
  const body = request.payload === undefined ? '' : ` ${request.payload.slice(0, 160)}`;
  return `${request.method} ${request.url.slice(0, 200)}${body}`;
}

describe('fuzzing the API from its OpenAPI document', () => {
  forEachDialect(({ db }) => {
    let app: App;
    beforeAll(async () => {
      app = await buildTestApp(db());
    });
    afterAll(() => app.close());

    it(`answers ${RUNS} generated requests per operation without a 5xx, a hang, an error out of shape or a refused write that changed anything`, async () => {
      const exported = async () =>
        (await app.inject('/api/workspaces/default/export?format=json')).body;
      const operations = operationsOf(app.swagger());
      expect(operations.length).toBeGreaterThanOrEqual(54);
      const findings: string[] = [];
      let sent = 0;
      const statuses = new Map<number, number>();
      for (const [index, op] of operations.entries()) {
        // Start each operation from the example, so one destructive success cannot starve the rest.
        await app.inject({
          method: 'POST',
          url: '/api/workspaces/default/import?replace=true',
          headers: { 'content-type': 'application/yaml' },
          payload: EXAMPLE_YAML,
        });
        const known = await knownValues(app);
        const requests = fc.sample(requestsFor(op, known), { seed: SEED + index, numRuns: RUNS });
        for (const request of requests) {
          const write = request.method !== 'GET';
          const before = write ? await exported() : '';
          sent++;
          let problem: string | null;
          try {
            const res = await within(REQUEST_TIMEOUT_MS, app.inject(request), request.method);
            statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
            problem = responseProblem(res);
            if (
              problem === null &&
              write &&
              res.statusCode >= 400 &&
              (await exported()) !== before
            ) {
              problem = `refused with ${res.statusCode} ${res.body.slice(0, 120)} but the workspace changed`;
            }
          } catch (error) {
            problem = (error as Error).message;
          }
          if (problem !== null) findings.push(`${describeRequest(request)}\n    → ${problem}`);
        }
      }
      console.log(
        `fuzz: ${sent} requests over ${operations.length} operations, ${findings.length} findings (seed ${SEED}); answers by status: ${[
          ...statuses,
        ]
          .sort(([a], [b]) => a - b)
          .map(([s, n]) => `${s}×${n}`)
          .join(' ')}`,
      );
      expect(findings.slice(0, 15)).toEqual([]);
    }, 600_000);
  });
});
