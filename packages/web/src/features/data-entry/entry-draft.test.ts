import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.ts';
import {
  applyPaste,
  cellState,
  collectChanges,
  draftOf,
  saveErrors,
  type BulkEntry,
} from './entry-draft.ts';
import { entryRow } from './entry-fixtures.ts';

const stored = entryRow('nps', { stored: { value: 40, comment: 'survey' } });
const empty = entryRow('rate');

describe('cellState', () => {
  it('is clean while the inputs hold what is stored', () => {
    expect(cellState(stored, draftOf(new Map(), stored))).toEqual({
      dirty: false,
      error: null,
      entry: null,
    });
    expect(cellState(stored, { value: ' 40 ', comment: 'survey ' }).dirty).toBe(false);
  });

  it('sends a new number, and a changed comment, as one entry', () => {
    expect(cellState(empty, { value: '1,234.5', comment: '' }).entry).toEqual({
      kpi: 'rate',
      period: '2026-06',
      value: 1234.5,
      comment: null,
    });
    expect(cellState(stored, { value: '40', comment: 'late survey' }).entry).toMatchObject({
      value: 40,
      comment: 'late survey',
    });
  });

  it('does not send text, and says why under the cell', () => {
    expect(cellState(empty, { value: 'abc', comment: '' })).toEqual({
      dirty: true,
      error: "Not a number: 'abc'",
      entry: null,
    });
  });

  it('refuses a comment without a value and does not delete a stored value when emptied', () => {
    expect(cellState(empty, { value: '', comment: 'note' }).error).toBe(
      'Enter a value to save the comment',
    );
    const cleared = cellState(stored, { value: '', comment: '' });
    expect(cleared.entry).toBeNull();
    expect(cleared.error).toMatch(/stored 40 stays/);
  });
});

describe('collectChanges', () => {
  it('collects only edited, valid cells and counts the invalid ones', () => {
    const rows = [stored, empty, entryRow('other'), entryRow('bad')];
    const drafts = new Map([
      ['nps@2026-06', { value: '41', comment: 'survey' }],
      ['rate@2026-06', { value: '', comment: '' }],
      ['bad@2026-06', { value: '12 apples', comment: '' }],
    ]);
    const changes = collectChanges(rows, drafts);
    expect(changes.entries).toEqual([
      { kpi: 'nps', period: '2026-06', value: 41, comment: 'survey' },
    ]);
    expect(changes.invalid).toBe(1);
  });
});

describe('a calculated KPI', () => {
  it('never sends a value, whatever the draft holds', () => {
    const row = entryRow('ratio', { calculated: true });
    expect(cellState(row, { value: '12', comment: 'typed' })).toEqual({
      dirty: false,
      error: null,
      entry: null,
    });
    expect(
      collectChanges([row], new Map([['ratio@2026-06', { value: '12', comment: '' }]])),
    ).toEqual({ entries: [], invalid: 0 });
  });
});

describe('applyPaste', () => {
  const rows = [entryRow('a'), stored, entryRow('c')];

  it('fills the cell and the ones below, one line per row, keeping comments unless pasted', () => {
    const pasted = applyPaste(rows, 1, '12%\n  42 \n', new Map());
    expect(pasted.filled).toBe(2);
    expect(pasted.overflow).toBe(0);
    expect(pasted.drafts.get('nps@2026-06')).toEqual({ value: '12%', comment: 'survey' });
    expect(pasted.drafts.get('c@2026-06')).toEqual({ value: '42', comment: '' });
    expect(pasted.drafts.has('a@2026-06')).toBe(false);
  });

  it('takes a second pasted column as the comment and counts lines without a row', () => {
    const pasted = applyPaste(rows, 2, '7\tgood\n8\n9', new Map());
    expect(pasted.drafts.get('c@2026-06')).toEqual({ value: '7', comment: 'good' });
    expect(pasted.filled).toBe(1);
    expect(pasted.overflow).toBe(2);
  });

  it('passes over calculated KPIs, counting them, so each line lands on a KPI that takes values', () => {
    const withCalculated = [
      entryRow('a'),
      entryRow('ratio', { calculated: true }),
      entryRow('b'),
      entryRow('share', { calculated: true }),
    ];
    const pasted = applyPaste(withCalculated, 0, '1\n2\n3', new Map());
    expect([...pasted.drafts.keys()]).toEqual(['a@2026-06', 'b@2026-06']);
    expect(pasted).toMatchObject({ filled: 2, skipped: 2, overflow: 1 });
  });

  it('keeps pasted text as typed, so the cell shows the error', () => {
    const pasted = applyPaste(rows, 0, 'n/a\n5', new Map());
    const draft = pasted.drafts.get('a@2026-06');
    expect(draft && cellState(rows[0]!, draft).error).toBe("Not a number: 'n/a'");
  });
});

describe('saveErrors', () => {
  const sent: BulkEntry[] = [
    { kpi: 'nps', period: '2026-06', value: 1, comment: null },
    { kpi: 'rate', period: '2026-06', value: 2, comment: null },
  ];

  it('pins validation issues on the entry their path names', () => {
    const error = new ApiError(400, {
      code: 'VALIDATION',
      message: 'body.values.1.period: bad',
      path: 'body.values.1.period',
      issues: [{ path: 'body.values.1.period', message: '"2026-13" is not a valid period' }],
    });
    const result = saveErrors(error, sent);
    expect(result.general).toBeNull();
    expect([...result.byKey]).toEqual([
      ['rate@2026-06', 'period: "2026-13" is not a valid period'],
    ]);
  });

  it('pins a missing KPI on its row by the id in the message', () => {
    const error = new ApiError(404, {
      code: 'NOT_FOUND',
      message: 'KPI "acme/nps" does not exist',
      path: '',
    });
    const result = saveErrors(error, sent);
    expect([...result.byKey.keys()]).toEqual(['nps@2026-06']);
    expect(result.general).toBeNull();
  });

  it('keeps what it cannot pin as a general error', () => {
    const offline = new ApiError(0, { code: 'OFFLINE', message: 'The server cannot be reached.' });
    expect(saveErrors(offline, sent)).toEqual({
      byKey: new Map(),
      general: 'The server cannot be reached.',
    });
  });
});
