import {
  type CycleSettings,
  DEFAULT_CYCLE_SETTINGS,
  type KpiStatusSeen,
  type Strategy,
  daysFromCivil,
  initiativeAlerts,
  kpiStatusesOf,
  linkVerdictsOf,
  scanVerdicts,
  type LinkVerdictSeen,
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
import { evidenceOf } from '../services/evidence.service.ts';
import { scoreOneScorecard } from '../services/scoring.service.ts';
import { collectionReport } from '../services/collection.service.ts';
import { type OwnerDirectory, ownerDirectory } from './owner-accounts.ts';
import { emitWebhookEvent } from '../webhooks/emit.ts';
import { notifyPeople } from './notify.ts';

/**
 * The update cycle's hourly scan of one workspace (docs/notifications.md): reminders to owners
 * whose values are due soon or overdue, "turned red" / "recovered" to the people who answer
 * for the KPI, and late or over-budget initiatives. Every notice has a dedupe key, so a scan run twice (two processes, a retry after a
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
  const strategy = await loadStrategy(db, workspace);
  const changed = await announceStatusChanges(db, workspace, strategy, directory, ctx.now);
  const initiatives = await announceInitiatives(db, workspace, strategy, directory, ctx.now);
  const contradicted = await announceContradictions(db, workspace, strategy, directory, ctx.now);
  ctx.log.info({ workspace, reminded, changed, initiatives, contradicted }, 'update cycle scan');
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
  strategy: Strategy,
  directory: OwnerDirectory,
  now: Date,
): Promise<number> {
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

/**
 * "An initiative is late / over budget" to its owner, its objective's and scorecard's owners
 * and the administrators. The alert's key holds the facts behind it, so each is told once.
 */
async function announceInitiatives(
  db: Executor,
  workspace: string,
  strategy: Strategy,
  directory: OwnerDirectory,
  now: Date,
): Promise<number> {
  // The server's calendar day, as the reminders use.
  const today = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
    .map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0'))
    .join('-');
  let sent = 0;
  for (const alert of initiativeAlerts(strategy, today)) {
    const late = alert.kind === 'initiative.late';
    sent += await notifyPeople(
      db,
      peopleFor(alert.owners, directory),
      {
        workspace,
        kind: alert.kind,
        title: `${alert.initiativeName} is ${late ? 'late' : 'over budget'}`,
        body: `${alert.detail} (${alert.scorecardName})`,
        link: `/w/${workspace}/s/${alert.scorecard}/objectives/${alert.objective}`,
        subject: { scorecard: alert.scorecard, initiative: alert.initiative },
        dedupeKey: alert.key,
      },
      now,
    );
  }
  return sent;
}

/**
 * "The data contradicts a cause-effect link" when a link's evidence verdict turns to
 * contradicted, to the owners of both objectives and of the scorecard, and the administrators.
 * The notices and the new verdict marks commit together, as the KPI statuses do.
 */
async function announceContradictions(
  db: Executor,
  workspace: string,
  strategy: Strategy,
  directory: OwnerDirectory,
  now: Date,
): Promise<number> {
  const seen: LinkVerdictSeen[] = [];
  for (const scorecard of strategy.scorecards) {
    try {
      seen.push(
        ...linkVerdictsOf(await evidenceOf(db, workspace, scorecard.id, undefined), scorecard.name),
      );
    } catch (error) {
      if (error instanceof ApiError && error.code === 'NO_DATA') continue;
      throw error;
    }
  }
  const scan = scanVerdicts(await getStatusMarks(db, workspace), seen);
  const announce = async (db: Executor): Promise<number> => {
    let sent = 0;
    for (const { link } of scan.contradicted) {
      const scorecard = strategy.scorecards.find((s) => s.id === link.scorecard);
      const name = (id: string) => scorecard?.objectives.find((o) => o.id === id)?.name ?? id;
      const owner = (id: string) => scorecard?.objectives.find((o) => o.id === id)?.owner ?? null;
      sent += await notifyPeople(
        db,
        peopleFor([owner(link.from), owner(link.to), scorecard?.owner ?? null], directory),
        {
          workspace,
          kind: 'hypothesis.contradicted',
          title: `The data contradicts "${name(link.from)}" → "${name(link.to)}"`,
          body: `${link.reason} (${link.scorecardName}, up to ${link.period})`,
          link: `/w/${workspace}/s/${link.scorecard}/evidence`,
          subject: { scorecard: link.scorecard, from: link.from, to: link.to },
          dedupeKey: `hypothesis.contradicted:${link.scorecard}/${link.from}->${link.to}:${link.period}`,
        },
        now,
      );
    }
    await putStatusMarks(db, workspace, scan.marks, now);
    return sent;
  };
  return db.isTransaction ? announce(db) : db.transaction().execute(announce);
}

/** The accounts of the owners named, and the workspace's administrators. */
function peopleFor(owners: readonly (string | null)[], directory: OwnerDirectory): string[] {
  const ids = owners.flatMap((o) => (o ? [directory.find(o)?.accountId] : []));
  for (const m of directory.members) if (m.role === 'admin') ids.push(m.accountId);
  return ids.filter((id): id is string => id !== undefined);
}

/** Who hears about a KPI's status: its owner, its objective's and scorecard's, and the admins. */
function answerFor(strategy: Strategy, kpi: KpiStatusSeen, directory: OwnerDirectory): string[] {
  const scorecard = strategy.scorecards.find((s) => s.id === kpi.scorecard);
  const objective = scorecard?.objectives.find((o) => o.kpis.some((k) => k.id === kpi.kpi));
  const owners = [
    objective?.kpis.find((k) => k.id === kpi.kpi)?.owner ?? null,
    objective?.owner ?? null,
    scorecard?.owner ?? null,
  ];
  return peopleFor(owners, directory);
}
