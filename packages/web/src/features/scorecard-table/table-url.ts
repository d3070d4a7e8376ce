/**
 * The table's view state in the URL, so a filtered, sorted, folded table can be shared:
 * `sort=-score` (a leading minus: descending), `q=quality`, `status=red,amber`, `overdue=1`,
 * `fold=all` (collapse all) and `rows=p.financial,o.quality` (the rows toggled from that default).
 */
import type { Status } from '../../api/types.ts';
import {
  SORT_COLUMNS,
  type Expansion,
  type Filter,
  type Sort,
  type SortColumn,
} from './table-view.ts';

const STATUSES: readonly Status[] = ['red', 'amber', 'green', 'none'];

export interface TableState {
  readonly sort: Sort | null;
  readonly filter: Filter;
  readonly expansion: Expansion;
}

function list(value: string | null): string[] {
  return (value ?? '').split(',').filter((part) => part !== '');
}

export function parseSort(value: string | null): Sort | null {
  if (!value) return null;
  const descending = value.startsWith('-');
  const column = descending ? value.slice(1) : value;
  return (SORT_COLUMNS as readonly string[]).includes(column)
    ? { column: column as SortColumn, descending }
    : null;
}

export function formatSort(sort: Sort | null): string | null {
  return sort === null ? null : `${sort.descending ? '-' : ''}${sort.column}`;
}

/** Clicking a header: ascending, then descending, then back to file order. */
export function nextSort(current: Sort | null, column: SortColumn): Sort | null {
  if (current?.column !== column) return { column, descending: false };
  return current.descending ? null : { column, descending: true };
}

export function readTableState(params: URLSearchParams): TableState {
  const statuses = list(params.get('status')).filter((s): s is Status =>
    (STATUSES as readonly string[]).includes(s),
  );
  return {
    sort: parseSort(params.get('sort')),
    filter: { text: params.get('q') ?? '', statuses, overdueOnly: params.get('overdue') === '1' },
    expansion: {
      mode: params.get('fold') === 'all' ? 'none' : 'all',
      except: new Set(list(params.get('rows'))),
    },
  };
}

/** Writes only the given parts; other parameters (the period above all) are kept. */
export function writeTableState(
  params: URLSearchParams,
  patch: Partial<TableState>,
): URLSearchParams {
  const next = new URLSearchParams(params);
  const put = (name: string, value: string | null) => {
    if (value === null || value === '') next.delete(name);
    else next.set(name, value);
  };
  if ('sort' in patch) put('sort', formatSort(patch.sort ?? null));
  if (patch.filter) {
    put('q', patch.filter.text);
    put('status', patch.filter.statuses.join(','));
    put('overdue', patch.filter.overdueOnly ? '1' : null);
  }
  if (patch.expansion) {
    put('fold', patch.expansion.mode === 'none' ? 'all' : null);
    put('rows', [...patch.expansion.except].sort().join(','));
  }
  return next;
}
