import { type ScorecardScore, digestMonthDue, digestOf } from '@bearing/core';
import { getWorkspace, listWorkspaces, loadStrategy } from '@bearing/db';
import { ApiError } from '../errors.ts';
import type { JobHandler } from '../scheduler/job-types.ts';
import type { Planner } from '../scheduler/scheduler.ts';
import { collectionReport } from '../services/collection.service.ts';
import { scoreOneScorecard } from '../services/scoring.service.ts';
import { cycleSettingsOf } from './cycle-scan.ts';
import { notifyPeople } from './notify.ts';
import { ownerDirectory } from './owner-accounts.ts';

/**
 * The monthly digest: on the workspace's digest day (or the first scan after it, so a server that
 * was down that day still sends it) every member gets the month in brief. One per workspace and
 * month, however many processes plan it (the job's and the notifications' dedupe keys).
 */
export const DIGEST_JOB = 'digest.monthly';

interface DigestPayload {
  readonly workspace: string;
  readonly month: string;
}

export const planDigests: Planner = async (ctx) => {
  const today = {
    year: ctx.now.getFullYear(),
    month: ctx.now.getMonth() + 1,
    day: ctx.now.getDate(),
  };
  for (const ws of await listWorkspaces(ctx.db.db)) {
    const settings = await cycleSettingsOf(ctx.db.db, ws.key);
    const month = digestMonthDue(settings.digestDay, today);
    if (month === null) continue;
    const payload: DigestPayload = { workspace: ws.key, month };
    await ctx.enqueue({
      kind: DIGEST_JOB,
      payload,
      dedupeKey: `${DIGEST_JOB}:${ws.key}:${month}`,
      maxAttempts: 3,
    });
  }
};

export const digestHandler: JobHandler = async (job, ctx) => {
  const { workspace, month } = job.payload as DigestPayload;
  const db = ctx.db.db;
  const settings = await cycleSettingsOf(db, workspace);
  const report = await collectionReport(db, workspace, { graceDays: settings.graceDays }, ctx.now);
  const scorecards: ScorecardScore[] = [];
  for (const scorecard of (await loadStrategy(db, workspace)).scorecards) {
    try {
      scorecards.push(await scoreOneScorecard(db, workspace, scorecard.id, undefined));
    } catch (error) {
      // No value yet: the scorecard has no latest period to sum up.
      if (!(error instanceof ApiError && error.code === 'NO_DATA')) throw error;
    }
  }
  const { name } = await getWorkspace(db, workspace);
  const digest = digestOf({
    workspaceName: name,
    period: report.period,
    scorecards,
    owed: { due: report.counts.due, overdue: report.counts.overdue },
  });
  const members = (await ownerDirectory(db, workspace)).members.map((m) => m.accountId);
  const sent = await notifyPeople(
    db,
    members,
    {
      workspace,
      kind: 'digest.monthly',
      title: digest.title,
      body: digest.lines.join('\n'),
      link: `/w/${workspace}`,
      subject: { month },
      dedupeKey: `digest.monthly:${month}`,
    },
    ctx.now,
  );
  ctx.log.info({ workspace, month, sent }, 'monthly digest');
  return undefined;
};
