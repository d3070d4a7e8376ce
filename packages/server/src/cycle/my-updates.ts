import { type OwedValue, type PeriodKey, ownedBy, periodOf } from '@bearing/core';
import {
  type Database,
  type Executor,
  type ValueInput,
  type WriteContext,
  upsertValues,
} from '@bearing/db';
import type { FastifyRequest } from 'fastify';
import { assertOwnValues } from '../routes/values/value-owners.ts';
import { assertValueWrites } from '../services/value-checks.ts';
import { collectionReport } from '../services/collection.service.ts';
import { cycleSettingsOf } from './cycle-scan.ts';

/**
 * "My updates": the values a person owes for a period, across every scorecard, and one save for
 * all of them. In local mode there is no person, so the page lists every value owed (the one
 * local user is everyone).
 */
export async function myUpdates(
  db: Executor,
  workspace: string,
  email: string | null,
  period: PeriodKey | undefined,
  now: Date,
): Promise<{ period: string; today: string; owner: string | null; items: OwedValue[] }> {
  const settings = await cycleSettingsOf(db, workspace);
  const report = await collectionReport(
    db,
    workspace,
    {
      graceDays: settings.graceDays,
      ...(period === undefined ? {} : { period: periodOf(period) }),
    },
    now,
  );
  const items = report.items.filter((i) => email === null || ownedBy(i.owner, email));
  return { period: report.period, today: report.today, owner: email, items: [...items] };
}

export interface MyValue {
  readonly scorecard: string;
  readonly kpi: string;
  readonly period: PeriodKey;
  readonly value: number;
  /** Null or absent: no comment (a stored one is cleared, as the values routes do). */
  readonly comment?: string | null | undefined;
}

/**
 * Writes the values of every scorecard in ONE transaction, each through the same checks as the
 * values routes (ownership for an updater, the KPI's min/max and sign), so a bad one writes none.
 */
export async function saveMyUpdates(
  request: FastifyRequest,
  db: Database['db'],
  workspace: string,
  values: readonly MyValue[],
  ctx: WriteContext,
): Promise<{ written: number }> {
  await assertOwnValues(request, db, workspace, values);
  return db.transaction().execute(async (trx) => {
    const byScorecard = new Map<string, { input: ValueInput; index: number }[]>();
    values.forEach((v, index) => {
      const input: ValueInput = {
        kpi: v.kpi,
        period: v.period,
        value: v.value,
        comment: v.comment ?? null,
      };
      byScorecard.set(v.scorecard, [...(byScorecard.get(v.scorecard) ?? []), { input, index }]);
    });
    let written = 0;
    for (const [scorecard, list] of byScorecard) {
      await assertValueWrites(
        trx,
        workspace,
        scorecard,
        list.map(({ input, index }) => ({
          kpi: input.kpi,
          value: input.value,
          path: `body.values.${String(index)}.value`,
        })),
      );
      const result = await upsertValues(
        trx,
        workspace,
        scorecard,
        list.map((l) => l.input),
        ctx,
      );
      written += result.created + result.updated;
    }
    return { written };
  });
}
