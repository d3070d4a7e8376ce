import {
  type CycleSettings,
  DEFAULT_CYCLE_SETTINGS,
  type KpiStatusSeen,
  type Strategy,
  daysFromCivil,
  kpiStatusesOf,
  remindersDue,
  scanStatuses,
} from '@bearing/core';
import {
  type Executor,
  getCycleSettings,
  getStatusMarks,
  getWorkspace,
  listWorkspaces,
  loadStrategy,
  putStatusMarks,
} from '@bearing/db';
import { ApiError } from '../errors.ts';
import type { JobHandler } from '../scheduler/job-types.ts';
import type { Planner } from '../scheduler/scheduler.ts';
import { scoreOneScorecard } from '../services/scoring.service.ts';
import { collectionReport } from '../services/collection.service.ts';
import { type OwnerDirectory, ownerDirectory } from './owner-accounts.ts';
import { emitWebhookEvent } from '../webhooks/emit.ts';
import { notifyPeople } from './notify.ts';

/**
 * The update cycle's hourly scan of one workspace (docs/notifications.md): reminders to owners
 * whose values are due soon or overdue, and "turned red" / "recovered" to the people who answer
 * for the KPI. Every notice has a dedupe key, so a scan run twice (two processes, a retry after a
 * crash) tells nobody anything twice.
 */
export const CYCLE_SCAN_JOB = 'cycle.scan';

export interface CycleScanPayload {
  readonly workspace: string;
}

/** One scan per workspace per hour, however many processes plan it. */
export const planCycleScans: Planner = async (ctx) => {
  const hour = ctx.now.toISOString().slice(0, 13);
  for (const ws of await listWorkspaces(ctx.db.db)) {
    const payload: CycleScanPayload = { workspace: ws.key };
    await ctx.enqueue({
      kind: CYCLE_SCAN_JOB,
      payload,
      dedupeKey: `${CYCLE_SCAN_JOB}:${ws.key}:${hour}`,
      maxAttempts: 3,
    });
  }
};

export const cycleScanHandler: JobHandler = async (job, ctx) => {
  const { workspace } = job.payload as CycleScanPayload;
  const db = ctx.db.db;
  const settings = await cycleSettingsOf(db, workspace);
  const directory = await ownerDirectory(db, workspace);
  const reminded = await sendReminders(db, workspace, settings, directory, ctx.now);
  const changed = await announceStatusChanges(db, workspace, directory, ctx.now);
  ctx.log.info({ workspace, reminded, changed }, 'update cycle scan');
  return undefined;
};

/** The workspace's settings, or the defaults until an administrator chooses. */
export async function cycleSettingsOf(db: Executor, workspace: string): Promise<CycleSettings> {
  return (await getCycleSettings(db, workspace)) ?? DEFAULT_CYCLE_SETTINGS;
}

async function sendReminders(
  db: Executor,
  workspace: string,
  settings: CycleSettings,
  directory: OwnerDirectory,
  now: Date,
): Promise<number> {
  const report = await collectionReport(db, workspace, { graceDays: settings.graceDays }, now);
  const today = daysFromCivil(now.getFullYear(), now.getMonth() + 1, now.getDate());
  const { name: workspaceName } = await getWorkspace(db, workspace);
  let sent = 0;
  for (const reminder of remindersDue(report, settings, today)) {
    const member = directory.find(reminder.owner);
    if (member === undefined) continue;
    const n = reminder.items.length;
    const values = n === 1 ? '1 value' : `${String(n)} values`;
    const overdue = reminder.kind === 'reminder.overdue';
    sent += await notifyPeople(
      db,
      [member.accountId],
      {
        workspace,
        kind: reminder.kind,
        title: overdue
          ? `${values} overdue for ${report.period}`
          : `${values} due for ${report.period}`,
        body: reminder.items
          .map((i) => `${i.kpiName} (${i.scorecardName}), due by ${i.dueBy}`)
          .join('\n'),
        link: `/w/${workspace}/updates?period=${report.period}`,
        subject: { period: report.period },
        dedupeKey: `${reminder.kind}:${report.period}`,
        mail: {
          template: 'reminder',
          workspaceName,
          period: report.period,
          kpis: reminder.items.map((i) => ({
            kpiName: i.kpiName,
            scorecardName: i.scorecardName,
            dueBy: i.dueBy,
            state: i.state === 'entered' ? 'due' : i.state,
          })),
        },
      },
      now,
    );
  }
  return sent;
}

async function announceStatusChanges(
  db: Executor,
  workspace: string,
  directory: OwnerDirectory,
  now: Date,
): Promise<number> {
  const strategy = await loadStrategy(db, workspace);
  const seen: KpiStatusSeen[] = [];
  for (const scorecard of strategy.scorecards) {
    try {
      seen.push(...kpiStatusesOf(await scoreOneScorecard(db, workspace, scorecard.id, undefined)));
    } catch (error) {
      // A scorecard without any value has no latest period: nothing to compare yet.
      if (error instanceof ApiError && error.code === 'NO_DATA') continue;
      throw error;
    }
  }
  const scan = scanStatuses(await getStatusMarks(db, workspace), seen);
  // The notices, the webhook events and the new marks commit together: a crash in between
  // leaves the old marks, and the retried scan announces each change exactly once.
  const announce = async (db: Executor): Promise<number> => {
    let sent = 0;
    for (const change of scan.changes) {
      const { kpi } = change;
      const red = change.kind === 'kpi.red';
      sent += await notifyPeople(
        db,
        answerFor(strategy, kpi, directory),
        {
          workspace,
          kind: change.kind,
          title: red ? `${kpi.kpiName} turned red` : `${kpi.kpiName} recovered`,
          body: `${kpi.kpiName} (${kpi.scorecardName}) is ${kpi.status} in ${kpi.period}; it was ${change.previous}.`,
          link: `/w/${workspace}/s/${kpi.scorecard}/kpis/${kpi.kpi}`,
          subject: { scorecard: kpi.scorecard, kpi: kpi.kpi, period: kpi.period },
          dedupeKey: `${change.kind}:${kpi.scorecard}/${kpi.kpi}:${kpi.period}`,
        },
        now,
      );
      await emitWebhookEvent(
        db,
        workspace,
        'status.changed',
        {
          scorecard: kpi.scorecard,
          kpi: kpi.kpi,
          name: kpi.kpiName,
          period: kpi.period,
          status: kpi.status,
          previous: change.previous,
        },
        now,
      );
    }
    await putStatusMarks(db, workspace, scan.marks, now);
    return sent;
  };
  return db.isTransaction ? announce(db) : db.transaction().execute(announce);
}

/** Who hears about a KPI's status: its owner, its objective's and scorecard's, and the admins. */
function answerFor(strategy: Strategy, kpi: KpiStatusSeen, directory: OwnerDirectory): string[] {
  const scorecard = strategy.scorecards.find((s) => s.id === kpi.scorecard);
  const objective = scorecard?.objectives.find((o) => o.kpis.some((k) => k.id === kpi.kpi));
  const owners = [
    objective?.kpis.find((k) => k.id === kpi.kpi)?.owner,
    objective?.owner,
    scorecard?.owner,
  ];
  const ids = owners.flatMap((o) => (o ? [directory.find(o)?.accountId] : []));
  for (const m of directory.members) if (m.role === 'admin') ids.push(m.accountId);
  return ids.filter((id): id is string => id !== undefined);
}
