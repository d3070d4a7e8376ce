import { findAccountById, getNotification } from '@bearing/db';
import { type EmailJobPayload } from '../cycle/notify.ts';
import type { JobHandler } from '../scheduler/job-types.ts';
import type { Mailer } from './mailer.ts';
import { renderMail } from './templates.ts';

/**
 * Sends one notification by e-mail (the `notification.email` job). Without a mailer (no
 * BEARING_SMTP_HOST) the job ends without sending: nothing leaves the machine by accident, and
 * the person still has the notification in the app. A refused or unreachable SMTP server throws,
 * so the scheduler retries with backoff; the lease makes sure one process sends it.
 */
export function emailJobHandler(
  mailer: Mailer | undefined,
  publicUrl: string | undefined,
): JobHandler {
  return async (job, ctx) => {
    const payload = job.payload as EmailJobPayload;
    if (mailer === undefined) {
      ctx.log.info({ job: job.id }, 'e-mail not sent: no SMTP server is configured');
      return { done: true };
    }
    const notification = await getNotification(ctx.db.db, payload.notificationId);
    const account = await findAccountById(ctx.db.db, payload.accountId);
    // The person or the notice is gone (account removed, workspace deleted): nobody to write to.
    if (notification === undefined || account === undefined || account.disabled) {
      return { done: true };
    }
    await mailer.send(renderMail(account.email, notification, payload.mail, publicUrl));
    return { done: true };
  };
}
