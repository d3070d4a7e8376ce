import type { OwedValue, PeriodKey, RemindResult } from '@bearing/core';
import { periodOf } from '@bearing/core';
import { type Executor, getWorkspace } from '@bearing/db';
import { collectionReport } from '../services/collection.service.ts';
import { cycleSettingsOf } from './cycle-scan.ts';
import { notifyPeople } from './notify.ts';
import { ownerDirectory } from './owner-accounts.ts';

/**
 * The strategy office's "Remind" button: every owner (or the owners named) who owes a value that
 * is due or overdue for the period hears of it now, on their channels. Clicked twice in the same
 * minute it reminds once (a double click); clicked again later, it reminds again, as asked.
 */
export async function remindOwners(
  db: Executor,
  workspace: string,
  request: {
    readonly owners?: readonly string[] | undefined;
    readonly period?: PeriodKey | undefined;
  },
  now: Date,
): Promise<RemindResult> {
  const settings = await cycleSettingsOf(db, workspace);
  const report = await collectionReport(
    db,
    workspace,
    {
      graceDays: settings.graceDays,
      ...(request.period === undefined ? {} : { period: periodOf(request.period) }),
    },
    now,
  );
  const wanted =
    request.owners === undefined
      ? null
      : new Set(request.owners.map((o) => o.trim().toLowerCase()));
  const byOwner = new Map<string, { owner: string; items: OwedValue[] }>();
  for (const item of report.items) {
    if (item.owner === null || (item.state !== 'due' && item.state !== 'overdue')) continue;
    const key = item.owner.trim().toLowerCase();
    if (wanted !== null && !wanted.has(key)) continue;
    const entry = byOwner.get(key) ?? { owner: item.owner.trim(), items: [] };
    entry.items.push(item);
    byOwner.set(key, entry);
  }
  const directory = await ownerDirectory(db, workspace);
  const { name: workspaceName } = await getWorkspace(db, workspace);
  const minute = now.toISOString().slice(0, 16);
  const skipped: { owner: string; reason: string }[] = [];
  let queued = 0;
  for (const { owner, items } of byOwner.values()) {
    const member = directory.find(owner);
    if (member === undefined) {
      skipped.push({
        owner,
        reason: owner.includes('@')
          ? 'no member of this workspace has this e-mail address'
          : 'not an e-mail address: set the KPI owner to the person’s e-mail to remind them',
      });
      continue;
    }
    const overdue = items.some((i) => i.state === 'overdue');
    const kind = overdue ? 'reminder.overdue' : 'reminder.due-soon';
    const values = items.length === 1 ? '1 value' : `${String(items.length)} values`;
    queued += await notifyPeople(
      db,
      [member.accountId],
      {
        workspace,
        kind,
        title: `Reminder: ${values} ${overdue ? 'overdue' : 'due'} for ${report.period}`,
        body: items.map((i) => `${i.kpiName} (${i.scorecardName}), due by ${i.dueBy}`).join('\n'),
        link: `/w/${workspace}/updates?period=${report.period}`,
        subject: { period: report.period },
        dedupeKey: `manual:${kind}:${report.period}:${minute}`,
        mail: {
          template: 'reminder',
          workspaceName,
          period: report.period,
          kpis: items.map((i) => ({
            kpiName: i.kpiName,
            scorecardName: i.scorecardName,
            dueBy: i.dueBy,
            state: i.state === 'overdue' ? 'overdue' : 'due',
          })),
        },
      },
      now,
    );
  }
  return { queued, skipped };
}
