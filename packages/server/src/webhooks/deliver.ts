import {
  type DeliveryState,
  type Executor,
  type WebhookDeliveryRecord,
  MAX_RESPONSE_LENGTH,
  getDelivery,
  recordDeliveryAttempt,
} from '@bearing/db';
import type { JobHandler } from '../scheduler/job-types.ts';
import {
  DELIVERY_HEADER,
  EVENT_HEADER,
  SIGNATURE_HEADER,
  WEBHOOK_USER_AGENT,
  signPayload,
} from './sign.ts';

/** Sending one logged delivery to its webhook, and the job that retries it with backoff. */

export const WEBHOOK_DELIVER_KIND = 'webhook.deliver';
const MINUTE = 60_000;
/** The wait after the 1st, 2nd… failed attempt: spread so a receiver down for hours recovers. */
export const WEBHOOK_RETRY_DELAYS_MS: readonly number[] = [
  MINUTE,
  5 * MINUTE,
  30 * MINUTE,
  120 * MINUTE,
  360 * MINUTE,
];
/** The first attempt plus one per delay. */
export const WEBHOOK_MAX_ATTEMPTS = WEBHOOK_RETRY_DELAYS_MS.length + 1;
/** A receiver that takes longer is counted as down; the scheduler's lease must outlast it. */
export const WEBHOOK_TIMEOUT_MS = 10_000;

export interface WebhookDeliveryPayload {
  readonly deliveryId: string;
}

export interface AttemptOptions {
  readonly now: Date;
  /** The last attempt: a failure leaves the delivery failed instead of pending. */
  readonly final: boolean;
  /** For tests; the global fetch by default. */
  readonly fetch?: typeof fetch;
}

export type AttemptResult =
  | { readonly outcome: 'delivered'; readonly delivery: WebhookDeliveryRecord }
  | { readonly outcome: 'failed'; readonly delivery: WebhookDeliveryRecord; readonly error: string }
  /** Nothing to send: the delivery is gone (its webhook deleted) or already finished. */
  | { readonly outcome: 'skipped' };

/**
 * POSTs the delivery's stored body, signed at `now`, and logs the answer. Redirects are not
 * followed: the signed request goes to the URL the administrator entered, nowhere else.
 */
export async function attemptDelivery(
  db: Executor,
  deliveryId: string,
  options: AttemptOptions,
): Promise<AttemptResult> {
  const delivery = await getDelivery(db, deliveryId);
  if (delivery === undefined || delivery.state !== 'pending') return { outcome: 'skipped' };
  const seconds = Math.floor(options.now.getTime() / 1000);
  let status: number | null = null;
  let response: string | null = null;
  let error: string | null = null;
  try {
    const res = await (options.fetch ?? fetch)(delivery.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': WEBHOOK_USER_AGENT,
        [SIGNATURE_HEADER]: signPayload(delivery.secret, seconds, delivery.payloadJson),
        [EVENT_HEADER]: delivery.event,
        [DELIVERY_HEADER]: delivery.id,
      },
      body: delivery.payloadJson,
      redirect: 'manual',
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    });
    status = res.status;
    response = await readCapped(res, MAX_RESPONSE_LENGTH);
    if (!res.ok) error = `the receiver answered ${String(res.status)}`;
  } catch (e) {
    error = describeFetchError(e);
  }
  const state: DeliveryState = error === null ? 'delivered' : options.final ? 'failed' : 'pending';
  const recorded = await recordDeliveryAttempt(db, deliveryId, {
    now: options.now,
    status,
    response,
    error,
    state,
  });
  if (recorded === undefined) return { outcome: 'skipped' };
  return error === null
    ? { outcome: 'delivered', delivery: recorded }
    : { outcome: 'failed', delivery: recorded, error };
}

/** The wait before the next attempt after `attempt` (1-based) failed. */
export function retryDelayMs(attempt: number): number {
  const index = Math.min(Math.max(attempt, 1), WEBHOOK_RETRY_DELAYS_MS.length) - 1;
  return WEBHOOK_RETRY_DELAYS_MS[index] ?? MINUTE;
}

/** The `webhook.deliver` job: one attempt per run, the scheduler brings it back at `retryAt`. */
export const deliverWebhookJob: JobHandler = async (job, ctx) => {
  const deliveryId = deliveryIdOf(job.payload);
  if (deliveryId === undefined) return { done: true };
  const final = job.attempt >= job.maxAttempts;
  const result = await attemptDelivery(ctx.db.db, deliveryId, { now: ctx.now, final });
  if (result.outcome !== 'failed') return { done: true };
  // On the last attempt the scheduler fails the job whatever the time; the delivery says failed.
  return {
    retry: true,
    error: result.error,
    retryAt: new Date(ctx.now.getTime() + retryDelayMs(job.attempt)),
  };
};

function deliveryIdOf(payload: unknown): string | undefined {
  if (typeof payload !== 'object' || payload === null) return undefined;
  const id = (payload as Partial<WebhookDeliveryPayload>).deliveryId;
  return typeof id === 'string' ? id : undefined;
}

/** Reads at most `max` characters: a receiver cannot make the server hold a huge answer. */
async function readCapped(res: Response, max: number): Promise<string> {
  if (res.body === null) return '';
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  try {
    while (text.length < max) {
      const chunk = await reader.read();
      if (chunk.done) break;
      text += decoder.decode(chunk.value, { stream: true });
    }
  } finally {
    await reader.cancel().catch(() => {
      // Already closed: nothing left to release.
    });
  }
  return text.slice(0, max);
}

function describeFetchError(e: unknown): string {
  if (e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError')) {
    return `no answer within ${String(WEBHOOK_TIMEOUT_MS / 1000)} s`;
  }
  if (e instanceof Error) {
    // undici hides the reason (refused, unknown host) in `cause`.
    const cause = e.cause instanceof Error ? `: ${e.cause.message}` : '';
    return `${e.message}${cause}`;
  }
  return String(e);
}
