import { type Executor, listKpis } from '@bearing/db';
import type { FastifyRequest } from 'fastify';
import { assertOwn, needsOwnerCheck } from '../../plugins/access.ts';

/**
 * FORBIDDEN unless the principal may write values of these KPIs of one scorecard: an updater
 * only those they own (the stored KPI's owner, so a body cannot claim it). Whoever may write any
 * KPI's values skips the lookup. KPIs that do not exist are left to the write to report.
 */
export async function assertOwnKpis(
  request: FastifyRequest,
  db: Executor,
  workspace: string,
  scorecard: string,
  kpis: Iterable<string>,
): Promise<void> {
  if (!needsOwnerCheck(request, scorecard)) return;
  const owners = new Map(
    (await listKpis(db, workspace, scorecard)).map((k) => [k.id as string, k.owner ?? null]),
  );
  const written = [...new Set(kpis)].filter((kpi) => owners.has(kpi));
  assertOwn(
    request,
    scorecard,
    written.map((kpi) => owners.get(kpi) ?? null),
  );
}

/** The same for writes spread over scorecards (a values file): each scorecard's KPIs. */
export async function assertOwnValues(
  request: FastifyRequest,
  db: Executor,
  workspace: string,
  values: Iterable<{ readonly scorecard: string; readonly kpi: string }>,
): Promise<void> {
  const byScorecard = new Map<string, string[]>();
  for (const { scorecard, kpi } of values) {
    byScorecard.set(scorecard, [...(byScorecard.get(scorecard) ?? []), kpi]);
  }
  for (const [scorecard, kpis] of byScorecard) {
    await assertOwnKpis(request, db, workspace, scorecard, kpis);
  }
}
