import type { EditInput } from '@bearing/core';
import {
  type Executor,
  getInitiative,
  getKpi,
  getLink,
  getObjective,
  getPerspective,
  getScorecard,
} from '@bearing/db';
import { splitLink } from './write-edit.ts';

/** The stored entity an update or delete edit addresses (NotFoundError when there is none). */
export function currentOf(
  trx: Executor,
  ws: string,
  edit: Exclude<EditInput, { op: 'create' }>,
): Promise<{ readonly version: number }> {
  if (edit.entity === 'scorecard') return getScorecard(trx, ws, edit.id);
  const sc = edit.scorecard;
  switch (edit.entity) {
    case 'perspective':
      return getPerspective(trx, ws, sc, edit.id);
    case 'objective':
      return getObjective(trx, ws, sc, edit.id);
    case 'kpi':
      return getKpi(trx, ws, sc, edit.id);
    case 'initiative':
      return getInitiative(trx, ws, sc, edit.id);
    case 'link':
      return getLink(trx, ws, sc, ...splitLink(edit.id));
  }
}
