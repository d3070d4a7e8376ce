import { describe, expect, it } from 'vitest';
import { forEachDialect } from '@bearing/testing/databases';
import { CorruptRowError } from '../errors.ts';
import { loadStrategy, saveStrategy } from '../strategy-store.ts';
import { ctx, freshWorkspace, richStrategy } from '../test-fixtures.ts';
import { extraFields, extraJson } from './extra-fields.ts';
import { getObjective } from './objective.repository.ts';
import { getLink } from './link.repository.ts';

describe('extra_json', () => {
  it('stores only the fields without a column of their own', () => {
    expect(
      extraJson({ id: 'q', name: 'Q', segment: 'smb', stakeholder: undefined }, 'objective'),
    ).toBe('{"segment":"smb"}');
    expect(extraJson({ id: 'q', name: 'Q' }, 'objective')).toBeNull();
  });

  it('reads back valid extra fields', () => {
    expect(
      extraFields('objective', '{"segment":null,"lint":{"ignore":["x"],"reason":"r"}}', 'q'),
    ).toEqual({ segment: null, lint: { ignore: ['x'], reason: 'r' } });
    expect(extraFields('kpi', null, 'nps')).toEqual({});
  });

  it.each([
    [
      'objective',
      '{"colour":"red"}',
      'objectives row "q": extra_json field "colour" is not a stored field (allowed: stakeholder, segment, lint)',
    ],
    [
      'perspective',
      '{"toString":1}',
      'perspectives row "q": extra_json field "toString" is not a stored field (allowed: none)',
    ],
    [
      'kpi',
      '{"outcome":"happiness"}',
      'kpis row "q": extra_json field "outcome" must be null or one of acquisition',
    ],
    [
      'link',
      '{"evidence":{"cause":"a"}}',
      'links row "q": extra_json field "evidence" must be null or {cause: KPI id, effect: KPI id}',
    ],
    [
      'scorecard',
      '{"customer":[]}',
      'scorecards row "q": extra_json field "customer" must be null or',
    ],
    ['initiative', '{not json', 'initiatives row "q": extra_json is not valid JSON'],
    ['objective', '[1]', 'objectives row "q": extra_json must be a JSON object'],
  ] as const)('refuses a corrupt %s row %s, naming table, row and field', (kind, json, message) => {
    const error = (() => {
      try {
        extraFields(kind, json, 'q');
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(CorruptRowError);
    expect((error as Error).message).toContain(message);
  });
});

forEachDialect(({ db }) => {
  const scorecardsOf = (ws: string) =>
    db()
      .db.selectFrom('scorecards')
      .innerJoin('workspaces', 'workspaces.id', 'scorecards.workspace_id')
      .select('scorecards.id')
      .where('workspaces.key', '=', ws);

  describe('a hand-edited extra_json', () => {
    it('fails the read with the table, row and field instead of leaking the key', async () => {
      const ws = await freshWorkspace(db().db);
      await saveStrategy(db().db, ws, richStrategy(), ctx());
      await db()
        .db.updateTable('objectives')
        .set({ extra_json: '{"segment":42}' })
        .where('key', '=', 'quality')
        .where('scorecard_id', 'in', scorecardsOf(ws))
        .execute();
      await expect(getObjective(db().db, ws, 'corp', 'quality')).rejects.toThrow(
        'objectives row "quality": extra_json field "segment" must be a string or null',
      );
      await expect(loadStrategy(db().db, ws)).rejects.toBeInstanceOf(CorruptRowError);
      await db()
        .db.updateTable('links')
        .set({ extra_json: '{"secret":true}' })
        .where('scorecard_id', 'in', scorecardsOf(ws))
        .execute();
      await expect(getLink(db().db, ws, 'corp', 'qa-hours', 'quality')).rejects.toThrow(
        'links row "qa-hours->quality": extra_json field "secret" is not a stored field',
      );
    });
  });
});
