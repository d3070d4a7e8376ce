import { describe, expect, it } from 'vitest';
import { type Strategy, kpiId, objectiveId, scorecardId } from '@bearing/core';
import { buildKpi, buildObjective, buildScorecard, buildStrategy } from '@bearing/testing';
import { forEachDialect } from '@bearing/testing/databases';
import { DuplicateKeyError } from './errors.ts';
import { listChanges } from './repositories/change.repository.ts';
import { getWorkspace } from './repositories/workspace.repository.ts';
import { loadStrategy, saveStrategy } from './strategy-store.ts';
import { ctx, freshWorkspace, richStrategy } from './test-fixtures.ts';

forEachDialect(({ db }) => {
  describe('saveStrategy and loadStrategy', () => {
    it('round-trips a strategy with deep equality', async () => {
      const ws = await freshWorkspace(db().db);
      const strategy = richStrategy();
      await saveStrategy(db().db, ws, strategy, ctx());
      expect(await loadStrategy(db().db, ws)).toEqual(strategy);
    });

    it('round-trips calculated KPIs, their formula in its own column, across scorecards', async () => {
      const ws = await freshWorkspace(db().db);
      const base = richStrategy();
      const [corp, sales] = base.scorecards;
      const orders = buildKpi({ id: kpiId('orders'), name: 'Orders', aggregation: 'sum' });
      const index = buildKpi({
        id: kpiId('quality-index'),
        name: 'Quality index',
        formula: 'avg(100 - [return-rate] * 10, [sales/orders])',
      });
      const strategy: Strategy = {
        ...base,
        scorecards: [
          {
            ...corp!,
            objectives: corp!.objectives.map((o, i) =>
              i === 1 ? { ...o, kpis: [...o.kpis, index] } : o,
            ),
          },
          {
            ...sales!,
            objectives: sales!.objectives.map((o, i) => (i === 0 ? { ...o, kpis: [orders] } : o)),
          },
        ],
      };
      await saveStrategy(db().db, ws, strategy, ctx());
      const loaded = await loadStrategy(db().db, ws);
      expect(loaded).toEqual(strategy);
      const row = await db()
        .db.selectFrom('kpis')
        .select(['formula', 'extra_json'])
        .where('key', '=', 'quality-index')
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ formula: index.formula, extra_json: null });
    });

    it('round-trips model fields that have no column yet (customer model, lint settings, explicit nulls)', async () => {
      const ws = await freshWorkspace(db().db);
      const base = richStrategy();
      const [corp, sales] = base.scorecards;
      // Built loosely on purpose: the db keeps fields it has no column for, whatever their shape.
      const strategy = {
        ...base,
        lint: {
          rules: { 'objective-has-kpi': 'warning', 'max-objectives': { level: 'error', max: 20 } },
        },
        scorecards: [
          {
            ...corp!,
            customer: {
              stakeholders: [
                { id: 'buyers', name: 'Buyers', kind: 'customer', needs: ['durable gear'] },
              ],
              segments: [
                {
                  id: 'hikers',
                  name: 'Hikers',
                  description: null,
                  values: ['quality'],
                  targeted: true,
                },
              ],
              valueProposition: {
                discipline: 'product-leadership',
                attributes: [{ attribute: 'quality', objective: 'quality' }],
              },
            },
            objectives: corp!.objectives.map((o, i) => ({
              ...o,
              stakeholder: i === 0 ? 'buyers' : null,
              segment: null,
              lint: i === 0 ? { ignore: ['objective-has-kpi'], reason: 'enabler' } : null,
              kpis: o.kpis.map((k) => ({ ...k, segment: 'hikers', outcome: 'retention' })),
            })),
          },
          { ...sales!, customer: null },
        ],
      } as unknown as Strategy;
      await saveStrategy(db().db, ws, strategy, ctx());
      expect(await loadStrategy(db().db, ws)).toEqual(strategy);
    });

    it("round-trips a link's evidence KPIs (kept with the link's other model fields)", async () => {
      const ws = await freshWorkspace(db().db);
      const base = richStrategy();
      const [corp, ...rest] = base.scorecards;
      const strategy: Strategy = {
        ...base,
        scorecards: [
          {
            ...corp!,
            links: corp!.links.map((l, i) =>
              i === 0
                ? { ...l, evidence: { cause: kpiId('qa-hours'), effect: kpiId('returns') } }
                : l,
            ),
          },
          ...rest,
        ],
      };
      expect(strategy.scorecards[0]!.links.length).toBeGreaterThan(0);
      await saveStrategy(db().db, ws, strategy, ctx());
      expect(await loadStrategy(db().db, ws)).toEqual(strategy);
    });

    it('returns numbers as numbers, not strings', async () => {
      const ws = await freshWorkspace(db().db);
      await saveStrategy(db().db, ws, richStrategy(), ctx());
      const loaded = await loadStrategy(db().db, ws);
      const kpi = loaded.scorecards[0]?.objectives[1]?.kpis[0];
      expect(typeof kpi?.values[0]?.value).toBe('number');
      expect(typeof kpi?.baseline).toBe('number');
      expect(typeof loaded.scorecards[0]?.thresholds.green).toBe('number');
    });

    it('logs one create per scorecard holding its whole tree, and the organization', async () => {
      const ws = await freshWorkspace(db().db);
      const strategy = richStrategy();
      await saveStrategy(db().db, ws, strategy, ctx('importer'));
      const changes = await listChanges(db().db, ws, { entityType: 'scorecard' });
      expect(changes.map((c) => [c.operation, c.entityKey, c.actor])).toEqual([
        ['create', 'corp', 'importer'],
        ['create', 'sales', 'importer'],
      ]);
      expect(changes[0]?.after).toEqual(strategy.scorecards[0]);
      expect((await getWorkspace(db().db, ws)).organization).toBe('Acme Outdoor');
    });

    it('refuses a second import that reuses a scorecard id, naming it, and writes nothing', async () => {
      const ws = await freshWorkspace(db().db);
      await saveStrategy(db().db, ws, richStrategy(), ctx());
      const again = buildStrategy({
        scorecards: [
          buildScorecard({ id: scorecardId('new-one') }),
          buildScorecard({ id: scorecardId('sales') }),
        ],
      });
      const error = await saveStrategy(db().db, ws, again, ctx()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DuplicateKeyError);
      expect((error as DuplicateKeyError).key).toBe('sales');
      expect(await loadStrategy(db().db, ws)).toEqual(richStrategy());
    });

    it('adds scorecards with new ids after the existing ones', async () => {
      const ws = await freshWorkspace(db().db);
      await saveStrategy(db().db, ws, richStrategy(), ctx());
      const extra = buildScorecard({ id: scorecardId('hr') });
      await saveStrategy(
        db().db,
        ws,
        buildStrategy({ organization: 'Acme Outdoor', scorecards: [extra] }),
        ctx(),
      );
      const loaded = await loadStrategy(db().db, ws);
      expect(loaded.scorecards.map((s) => s.id)).toEqual(['corp', 'sales', 'hr']);
    });

    it('keeps the organisation and settings when adding scorecards to a workspace that has some', async () => {
      const ws = await freshWorkspace(db().db);
      await saveStrategy(db().db, ws, richStrategy(), ctx());
      const before = await getWorkspace(db().db, ws);
      await saveStrategy(
        db().db,
        ws,
        buildStrategy({
          organization: 'Harbour Bikes',
          scorecards: [buildScorecard({ id: scorecardId('hr') })],
        }),
        ctx(),
      );
      const after = await getWorkspace(db().db, ws);
      expect(after.organization).toBe(before.organization);
      expect(after.settings).toEqual(before.settings);
    });

    it('replaces the whole workspace with replace: true', async () => {
      const ws = await freshWorkspace(db().db);
      await saveStrategy(db().db, ws, richStrategy(), ctx());
      const next: Strategy = buildStrategy({
        organization: 'Other',
        scorecards: [buildScorecard({ id: scorecardId('sales') })],
      });
      const result = await saveStrategy(db().db, ws, next, { ...ctx(), replace: true });
      expect(result).toEqual({ scorecards: 1, replaced: 2 });
      expect(await loadStrategy(db().db, ws)).toEqual(next);
      const deletes = await listChanges(db().db, ws, { entityType: 'scorecard' });
      expect(deletes.filter((c) => c.operation === 'delete').map((c) => c.entityKey)).toEqual([
        'corp',
        'sales',
      ]);
    });

    it('writes all or nothing: a duplicate key in the last scorecard leaves the workspace empty', async () => {
      const ws = await freshWorkspace(db().db);
      const broken = buildStrategy({
        scorecards: [
          ...richStrategy().scorecards,
          buildScorecard({
            id: scorecardId('last'),
            objectives: [
              buildObjective({ id: objectiveId('twice') }),
              buildObjective({ id: objectiveId('twice') }),
            ],
          }),
        ],
      });
      await expect(saveStrategy(db().db, ws, broken, ctx())).rejects.toBeInstanceOf(
        DuplicateKeyError,
      );
      expect(await loadStrategy(db().db, ws)).toEqual({
        version: 1,
        organization: null,
        scorecards: [],
      });
      expect(await listChanges(db().db, ws, { entityType: 'scorecard' })).toEqual([]);
    });

    it('round-trips an empty strategy', async () => {
      const ws = await freshWorkspace(db().db);
      await saveStrategy(db().db, ws, buildStrategy(), ctx());
      expect(await loadStrategy(db().db, ws)).toEqual(buildStrategy());
    });
  });
});
