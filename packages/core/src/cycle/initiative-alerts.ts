import type { Strategy } from '../model/strategy.ts';

/**
 * The initiatives that need someone's attention (docs/notifications.md, "Who is notified"):
 * **late** — its due day has passed and it is neither done nor cancelled; **over budget** — more
 * has been spent than its budget. Pure: "today" is passed in.
 *
 * Each alert has a key that changes only when the facts behind it do (a new due day, a new
 * budget), so a scan that runs every hour tells people once, and again only if the initiative
 * is replanned and then slips again.
 */
export interface InitiativeAlert {
  readonly kind: 'initiative.late' | 'initiative.over-budget';
  readonly scorecard: string;
  readonly scorecardName: string;
  readonly objective: string;
  readonly initiative: string;
  readonly initiativeName: string;
  /** The initiative's, its objective's and its scorecard's owners (free text, maybe null). */
  readonly owners: readonly (string | null)[];
  /** What happened, in one sentence. */
  readonly detail: string;
  readonly key: string;
}

const FINISHED = new Set(['done', 'cancelled']);

/** `today`: an ISO day, `YYYY-MM-DD`. */
export function initiativeAlerts(strategy: Strategy, today: string): InitiativeAlert[] {
  const alerts: InitiativeAlert[] = [];
  for (const scorecard of strategy.scorecards) {
    for (const objective of scorecard.objectives) {
      for (const initiative of objective.initiatives) {
        const base = {
          scorecard: scorecard.id,
          scorecardName: scorecard.name,
          objective: objective.id,
          initiative: initiative.id,
          initiativeName: initiative.name,
          owners: [initiative.owner, objective.owner, scorecard.owner],
        };
        const where = `${scorecard.id}/${initiative.id}`;
        const { due, budget, spent } = initiative;
        if (due !== null && due < today && !FINISHED.has(initiative.status)) {
          alerts.push({
            ...base,
            kind: 'initiative.late',
            detail: `${initiative.name} was due on ${due} and is ${initiative.status}.`,
            key: `initiative.late:${where}:${due}`,
          });
        }
        if (budget !== null && spent !== null && spent > budget) {
          alerts.push({
            ...base,
            kind: 'initiative.over-budget',
            detail: `${initiative.name} has spent ${String(spent)} of a budget of ${String(budget)}.`,
            key: `initiative.over-budget:${where}:${String(budget)}`,
          });
        }
      }
    }
  }
  return alerts;
}
