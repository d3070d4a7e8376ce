import { forEachDialect } from '@bearing/testing/databases';
import { describe, expect, it } from 'vitest';
import { saveStrategy } from '../strategy-store.ts';
import { ctx, freshWorkspace, richStrategy } from '../test-fixtures.ts';
import { listObjectives, listWorkspaceObjectives } from './objective.repository.ts';

forEachDialect(({ db }) => {
  describe('listWorkspaceObjectives', () => {
    it('lists every objective of every scorecard in order, with its scorecard key', async () => {
      const ws = await freshWorkspace(db().db);
      const strategy = richStrategy();
      await saveStrategy(db().db, ws, strategy, ctx());
      const all = await listWorkspaceObjectives(db().db, ws);
      const expected = strategy.scorecards.flatMap((s) =>
        s.objectives.map((o) => ({ scorecard: s.id, id: o.id })),
      );
      expect(all.map((o) => ({ scorecard: o.scorecard, id: o.id }))).toEqual(expected);
      const first = strategy.scorecards[0]!.id;
      const perScorecard = await listObjectives(db().db, ws, first);
      expect(all.filter((o) => o.scorecard === first)).toEqual(
        perScorecard.map((o) => ({ ...o, scorecard: first })),
      );
    });
  });
});
