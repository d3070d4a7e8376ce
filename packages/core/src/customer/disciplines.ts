import { VALUE_DISCIPLINES, type ValueDiscipline } from '../model/customer.ts';
import {
  BEST_TOTAL_COST,
  COMPLETE_CUSTOMER_SOLUTIONS,
  PRODUCT_LEADERSHIP,
  SYSTEM_LOCK_IN,
} from './disciplines-kaplan-norton.ts';
import { CUSTOMER_INTIMACY, OPERATIONAL_EXCELLENCE } from './disciplines-treacy-wiersema.ts';
import type { DisciplineKnowledge } from './types.ts';

/** Every value discipline, keyed by its id, so a new discipline cannot be forgotten here. */
export const DISCIPLINES: Readonly<Record<ValueDiscipline, DisciplineKnowledge>> = {
  'best-total-cost': BEST_TOTAL_COST,
  'product-leadership': PRODUCT_LEADERSHIP,
  'complete-customer-solutions': COMPLETE_CUSTOMER_SOLUTIONS,
  'system-lock-in': SYSTEM_LOCK_IN,
  'operational-excellence': OPERATIONAL_EXCELLENCE,
  'customer-intimacy': CUSTOMER_INTIMACY,
};

export function disciplineKnowledge(id: ValueDiscipline): DisciplineKnowledge {
  return DISCIPLINES[id];
}

/** In the order of `VALUE_DISCIPLINES` (Kaplan & Norton first). */
export function allDisciplines(): readonly DisciplineKnowledge[] {
  return VALUE_DISCIPLINES.map((id) => DISCIPLINES[id]);
}
