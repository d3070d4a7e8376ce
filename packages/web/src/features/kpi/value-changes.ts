/**
 * A value's change history from the workspace change log. Value changes are logged as entity
 * `kpi_value` with the KPI id as key and the period alongside (docs/api.md, change log).
 */
import type { Change } from '../../api/types.ts';
import { formatValue } from '../../lib/format.ts';

export interface ValueChange {
  readonly id: string;
  readonly at: string;
  readonly actor: string | null;
  /** The account behind the change, when accounts are on. */
  readonly account: Change['account'];
  readonly operation: Change['operation'];
  readonly before: string;
  readonly after: string;
}

interface LoggedValue {
  readonly value?: unknown;
  readonly comment?: unknown;
}

/** "3.6 %" or "3.6 % — July close"; "–" for nothing (before a create, after a delete). */
export function describeLoggedValue(logged: unknown, unit: string | null): string {
  if (logged === null || typeof logged !== 'object') return '–';
  const { value, comment } = logged as LoggedValue;
  const text = typeof value === 'number' ? formatValue(value, unit) : '–';
  return typeof comment === 'string' && comment !== '' ? `${text} — ${comment}` : text;
}

/** The changes of one KPI's values, newest first, grouped by period. */
export function valueChangesByPeriod(
  changes: readonly Change[],
  kpi: string,
  unit: string | null,
): ReadonlyMap<string, readonly ValueChange[]> {
  const byPeriod = new Map<string, ValueChange[]>();
  for (const change of changes) {
    if (change.entityType !== 'kpi_value' || change.entityKey !== kpi || !change.period) continue;
    const list = byPeriod.get(change.period) ?? [];
    list.push({
      id: change.id,
      at: change.at,
      actor: change.actor,
      account: change.account ?? null,
      operation: change.operation,
      before: describeLoggedValue(change.before, unit),
      after: describeLoggedValue(change.after, unit),
    });
    byPeriod.set(change.period, list);
  }
  for (const list of byPeriod.values()) {
    list.sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id));
  }
  return byPeriod;
}

export const OPERATION_LABEL: Readonly<Record<Change['operation'], string>> = {
  create: 'entered',
  update: 'changed',
  delete: 'deleted',
};
