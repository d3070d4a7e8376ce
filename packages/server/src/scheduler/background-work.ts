import type { Database } from '@bearing/db';
import type { ServerConfig } from '../config.ts';
import { CYCLE_SCAN_JOB, cycleScanHandler, planCycleScans } from '../cycle/cycle-scan.ts';
import { DIGEST_JOB, digestHandler, planDigests } from '../cycle/digest.ts';
import { EMAIL_JOB } from '../cycle/notify.ts';
import { emailJobHandler } from '../mail/email-job.ts';
import { createMailer } from '../mail/mailer.ts';
import { WEBHOOK_DELIVER_KIND, deliverWebhookJob } from '../webhooks/deliver.ts';
import { Scheduler, type SchedulerLog } from './scheduler.ts';

/**
 * Everything `bearing serve` does in the background, in one place: the hourly update-cycle scan
 * (reminders, red and recovered KPIs), the monthly digest, e-mail and webhook deliveries. Every
 * process runs the same scheduler over the shared jobs table; leases keep each job to one.
 */
export function createBackgroundWork(
  database: Database,
  config: ServerConfig,
  log: SchedulerLog,
  now: () => Date = () => new Date(),
): Scheduler {
  const mailer = config.mail === undefined ? undefined : createMailer(config.mail);
  return new Scheduler({
    database,
    log,
    now,
    pollMs: config.schedulerPollMs,
    leaseMs: config.schedulerLeaseMs,
    handlers: {
      [CYCLE_SCAN_JOB]: cycleScanHandler,
      [DIGEST_JOB]: digestHandler,
      [EMAIL_JOB]: emailJobHandler(mailer, config.mail?.publicUrl),
      [WEBHOOK_DELIVER_KIND]: deliverWebhookJob,
    },
    planners: [planCycleScans, planDigests],
  });
}
