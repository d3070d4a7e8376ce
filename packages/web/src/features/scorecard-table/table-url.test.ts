import { describe, expect, it } from 'vitest';
import { nextSort, parseSort, readTableState, writeTableState } from './table-url.ts';
import { ALL_FOLDED, toggleRow } from './table-view.ts';

describe('table state in the URL', () => {
  it('reads sort, filters and folded rows', () => {
    const state = readTableState(
      new URLSearchParams(
        'sort=-score&q=cost&status=red,bogus,none&overdue=1&fold=all&rows=p.financial,o.x',
      ),
    );
    expect(state.sort).toEqual({ column: 'score', descending: true });
    expect(state.filter).toEqual({ text: 'cost', statuses: ['red', 'none'], overdueOnly: true });
    expect(state.expansion.mode).toBe('none');
    expect([...state.expansion.except]).toEqual(['p.financial', 'o.x']);
  });

  it('defaults to file order, no filter, everything open', () => {
    const state = readTableState(new URLSearchParams(''));
    expect(state.sort).toBeNull();
    expect(state.filter).toEqual({ text: '', statuses: [], overdueOnly: false });
    expect(state.expansion).toMatchObject({ mode: 'all' });
    expect(state.expansion.except.size).toBe(0);
  });

  it('ignores an unknown sort column', () => {
    expect(parseSort('-colour')).toBeNull();
  });

  it('writes only what changed and keeps the period', () => {
    const params = new URLSearchParams('period=2026-Q2&q=old');
    const next = writeTableState(params, {
      sort: { column: 'name', descending: false },
      expansion: toggleRow(ALL_FOLDED, 'p.customer'),
    });
    expect(next.toString()).toBe('period=2026-Q2&q=old&sort=name&fold=all&rows=p.customer');
    const cleared = writeTableState(next, {
      sort: null,
      filter: { text: '', statuses: [], overdueOnly: false },
    });
    expect(cleared.toString()).toBe('period=2026-Q2&fold=all&rows=p.customer');
  });

  it('round-trips the state through the URL', () => {
    const state = readTableState(new URLSearchParams('sort=owner&status=amber&rows=o.a'));
    expect(readTableState(writeTableState(new URLSearchParams(), state))).toEqual(state);
  });

  it('cycles a header through ascending, descending and file order', () => {
    const first = nextSort(null, 'score');
    expect(first).toEqual({ column: 'score', descending: false });
    const second = nextSort(first, 'score');
    expect(second).toEqual({ column: 'score', descending: true });
    expect(nextSort(second, 'score')).toBeNull();
    expect(nextSort(second, 'name')).toEqual({ column: 'name', descending: false });
  });
});
