/** Initiative statuses in words and colours (the word always shows; colour only supports it). */
import { INITIATIVE_STATUSES } from '@bearing/core';

export const INITIATIVE_STATUS_LABEL: Readonly<Record<string, string>> = {
  'not-started': 'Not started',
  'on-track': 'On track',
  'at-risk': 'At risk',
  late: 'Late',
  done: 'Done',
  cancelled: 'Cancelled',
};

export const INITIATIVE_STATUS_COLOR: Readonly<Record<string, string>> = {
  'not-started': 'gray',
  'on-track': 'teal',
  'at-risk': 'yellow',
  late: 'red',
  done: 'blue',
  cancelled: 'gray',
};

export const INITIATIVE_STATUS_OPTIONS = INITIATIVE_STATUSES.map((value) => ({
  value,
  label: INITIATIVE_STATUS_LABEL[value] ?? value,
}));

/** Past its due date and still open; `today` is YYYY-MM-DD (passed in: no clock here). */
export function isPastDue(due: string | null, status: string, today: string): boolean {
  return due !== null && due < today && status !== 'done' && status !== 'cancelled';
}
