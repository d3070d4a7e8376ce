import { daysFromCivil } from '../periods/calendar.ts';
import type { CollectionReport, OwedValue } from './collection.ts';
import type { CycleSettings } from './cycle-api.schema.ts';

/**
 * Which owners to remind today, from the collection report (docs/notifications.md). A reminder is
 * owed "on or after" its day, not only on it, so a day the server was down loses nothing; the
 * caller deduplicates per owner, kind and period, so each owner hears of each once.
 */

export type ReminderKind = 'reminder.due-soon' | 'reminder.overdue';

export interface OwnerReminder {
  readonly kind: ReminderKind;
  /** The owner as written on the KPIs (trimmed); the caller matches it to an account. */
  readonly owner: string;
  /** The values the reminder is about, in report order. */
  readonly items: readonly OwedValue[];
}

/** Today as a day number, as the report's `today` and the items' `dueBy` (ISO days). */
export function remindersDue(
  report: CollectionReport,
  settings: Pick<CycleSettings, 'remindDaysBefore' | 'remindDaysAfter'>,
  today: number,
): OwnerReminder[] {
  const byOwner = new Map<string, { owner: string; soon: OwedValue[]; late: OwedValue[] }>();
  for (const item of report.items) {
    if (item.owner === null || item.state === 'entered') continue;
    const dueBy = dayNumber(item.dueBy);
    const soon =
      settings.remindDaysBefore !== null &&
      item.state !== 'overdue' &&
      today >= dueBy - settings.remindDaysBefore;
    const late =
      settings.remindDaysAfter !== null &&
      item.state === 'overdue' &&
      today >= dueBy + settings.remindDaysAfter;
    if (!soon && !late) continue;
    // Owners are free text: "QA Lead" and "qa lead " are one person (as the collection view).
    const key = item.owner.trim().toLowerCase();
    const entry = byOwner.get(key) ?? { owner: item.owner.trim(), soon: [], late: [] };
    (late ? entry.late : entry.soon).push(item);
    byOwner.set(key, entry);
  }
  const out: OwnerReminder[] = [];
  for (const entry of byOwner.values()) {
    if (entry.late.length > 0) {
      out.push({ kind: 'reminder.overdue', owner: entry.owner, items: entry.late });
    }
    if (entry.soon.length > 0) {
      out.push({ kind: 'reminder.due-soon', owner: entry.owner, items: entry.soon });
    }
  }
  return out;
}

/** Days since 1970-01-01 of an ISO day (YYYY-MM-DD), as the report writes them. */
function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return daysFromCivil(y, m, d);
}
