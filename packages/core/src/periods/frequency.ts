import type { Frequency } from '../model/strategy.ts';
import { minusMonths } from './calendar.ts';

/** The day one frequency step before `day` (a KPI's value is due once per step). */
export function stepBack(day: number, frequency: Frequency): number {
  switch (frequency) {
    case 'daily':
      return day - 1;
    case 'weekly':
      return day - 7;
    case 'monthly':
      return minusMonths(day, 1);
    case 'quarterly':
      return minusMonths(day, 3);
    case 'half-yearly':
      return minusMonths(day, 6);
    case 'yearly':
      return minusMonths(day, 12);
  }
}
