import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs } from 'kysely';
import type { InjectOptions } from 'fastify';
import { type TestDatabase, createTestDatabase } from '@bearing/testing/databases';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_HEADERS, buildTestApp, importExample } from './test-helpers.ts';
import type { App } from './types.ts';

/**
 * How many SQL statements the common writes cost, so that they cannot silently grow back
 * (docs/performance.md, "Queries per write"). Each budget is the count measured when it was
 * last made cheaper; a change that needs more must say why here and in the doc.
 */
const BUDGETS = {
  // Every budget includes the one statement that tells local mode from accounts mode (no
  // credentials: does any account exist? plugins/auth.ts). A signed-in request pays its
  // session (or token), account and memberships instead. And every write that changed
  // something pays one look-up of the webhooks listening to it (plugins/webhook-events.ts).
  // The version check, the workspace's write turn, the scorecard tree read ONCE for the
  // strategy-file check, the update, its change row, the batch's change ids.
  'rename an objective': 27,
  'add an objective': 26,
  // No read-back: the repository answers with the row it wrote (was 10).
  'write one value': 9,
  // One bulk insert and one bulk change-log insert, however many values.
  'write 100 values': 9,
  // Revert of a create: the edit it becomes, then the same path as any edit (applyEdits).
  'revert a change': 45,
} as const;

/** Counts every statement the app sends, transactions' included. */
class QueryCounter implements KyselyPlugin {
  count = 0;
  transformQuery(args: PluginTransformQueryArgs) {
    this.count++;
    return args.node;
  }
  transformResult(args: PluginTransformResultArgs) {
    return Promise.resolve(args.result);
  }
}

describe('queries per write (SQLite)', () => {
  const counter = new QueryCounter();
  let database: TestDatabase;
  let app: App;
  const base = '/api/workspaces/default/scorecards/acme';

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    app = await buildTestApp({ ...database, db: database.db.withPlugin(counter) });
    await importExample(app);
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  /** The statements one request costs; it must succeed. */
  async function cost(request: InjectOptions): Promise<number> {
    const before = counter.count;
    const res = await app.inject(request);
    expect(res.statusCode, res.body).toBeLessThan(300);
    return counter.count - before;
  }

  it('keeps every common write within its budget', async () => {
    const objective = await app.inject(`${base}/objectives/grow-repeat-revenue`);
    const measured: Record<keyof typeof BUDGETS, number> = {
      'rename an objective': await cost({
        method: 'PATCH',
        url: `${base}/objectives/grow-repeat-revenue`,
        headers: { 'if-match': String(objective.headers.etag) },
        payload: { name: 'Grow revenue from loyal customers' },
      }),
      'add an objective': await cost({
        method: 'POST',
        url: `${base}/objectives`,
        payload: { id: 'open-new-markets', name: 'Open new markets', perspective: 'financial' },
      }),
      'write one value': await cost({
        method: 'PUT',
        url: `${base}/kpis/repeat-revenue/values/2030-01`,
        payload: { value: 512 },
      }),
      'write 100 values': await cost({
        method: 'PUT',
        url: `${base}/values`,
        payload: {
          values: Array.from({ length: 100 }, (_, i) => ({
            kpi: 'repeat-revenue',
            period: `${2031 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
            value: 400 + i,
          })),
        },
      }),
      'revert a change': 0,
    };
    const changes = await app.inject('/api/workspaces/default/changes?entity=objective');
    const last = changes.json<{ changes: { id: string }[] }>().changes.at(-1)!;
    measured['revert a change'] = await cost({
      method: 'POST',
      url: `/api/workspaces/default/changes/${last.id}/revert`,
      headers: CLIENT_HEADERS,
    });
    for (const [write, budget] of Object.entries(BUDGETS)) {
      expect(measured[write as keyof typeof BUDGETS], write).toBeLessThanOrEqual(budget);
    }
  });
});
