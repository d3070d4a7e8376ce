import { randomBytes } from 'node:crypto';
import {
  type Executor,
  createDelivery,
  createWebhook,
  createWorkspace,
  getDelivery,
  getJobByDedupeKey,
  listDeliveries,
} from '@bearing/db';
import { forEachDialect } from '@bearing/testing/databases';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClaimedJob, JobContext } from '../scheduler/job-types.ts';
import {
  WEBHOOK_DELIVER_KIND,
  WEBHOOK_MAX_ATTEMPTS,
  WEBHOOK_RETRY_DELAYS_MS,
  attemptDelivery,
  deliverWebhookJob,
} from './deliver.ts';
import { emitWebhookEvent } from './emit.ts';
import {
  FAILURE_BODY,
  type Receiver,
  refusingUrl,
  startReceiver,
} from './receiver.test-support.ts';
import { verifySignature } from './sign.ts';

const NOW = new Date('2026-12-04T09:00:00.000Z');
const MINUTE = 60_000;
const seconds = (d: Date) => Math.floor(d.getTime() / 1000);

let receiver: Receiver;
beforeAll(async () => {
  receiver = await startReceiver();
});
afterAll(async () => {
  await receiver.close();
});

forEachDialect(({ db }) => {
  async function workspace(): Promise<string> {
    const key = `ws-${randomBytes(4).toString('hex')}`;
    await createWorkspace(
      db().db,
      { key, name: key, organization: null },
      { actor: 'setup', now: NOW },
    );
    return key;
  }
  const webhook = async (ws: string, url: string, events = ['value.written']) =>
    createWebhook(
      db().db,
      ws,
      { url, description: '', events, active: true, createdBy: null },
      NOW,
    );
  const context = (now: Date): JobContext => ({
    db: db(),
    now,
    enqueue: () => Promise.resolve(),
    log: {
      info: () => {},
      warn: () => {},
      error: () => {},
    },
  });
  const job = (deliveryId: string, attempt: number): ClaimedJob => ({
    id: `job-${deliveryId}`,
    kind: WEBHOOK_DELIVER_KIND,
    workspaceId: null,
    payload: { deliveryId },
    attempt,
    maxAttempts: WEBHOOK_MAX_ATTEMPTS,
  });

  describe('emitting a webhook event', () => {
    it('logs a delivery and queues a job for each active webhook subscribed to it', async () => {
      const ws = await workspace();
      const subscribed = await webhook(ws, receiver.url('ok'));
      await webhook(ws, receiver.url('ok'), ['status.changed']);
      const ids = await emitWebhookEvent(db().db, ws, 'value.written', { kpi: 'nps' }, NOW);
      expect(ids).toHaveLength(1);
      const [delivery] = await listDeliveries(db().db, subscribed.record.id);
      expect(delivery).toMatchObject({ id: ids[0], event: 'value.written', state: 'pending' });
      const stored = await getDelivery(db().db, ids[0] ?? '');
      expect(JSON.parse(stored?.payloadJson ?? 'null')).toEqual({
        id: ids[0],
        event: 'value.written',
        workspace: ws,
        createdAt: NOW.toISOString(),
        data: { kpi: 'nps' },
      });
      const queued = await getJobByDedupeKey(db().db, `webhook:${ids[0] ?? ''}`);
      expect(queued).toMatchObject({
        kind: 'webhook.deliver',
        payload: { deliveryId: ids[0] },
        maxAttempts: 6,
        state: 'queued',
      });
    });

    it('writes in the transaction it is given, so a rollback sends nothing', async () => {
      const ws = await workspace();
      const { record } = await webhook(ws, receiver.url('ok'));
      const rollback = new Error('the write failed');
      let emitted: string[] = [];
      await expect(
        db()
          .db.transaction()
          .execute(async (trx: Executor) => {
            emitted = await emitWebhookEvent(trx, ws, 'value.written', {}, NOW);
            throw rollback;
          }),
      ).rejects.toBe(rollback);
      expect(emitted).toHaveLength(1);
      expect(await listDeliveries(db().db, record.id)).toEqual([]);
      expect(await getJobByDedupeKey(db().db, `webhook:${emitted[0] ?? ''}`)).toBeUndefined();
    });
  });

  describe('the webhook.deliver job', () => {
    it('POSTs the stored body, signed, with the event and delivery headers; 2xx is delivered', async () => {
      const ws = await workspace();
      const url = receiver.url('ok');
      const { record, secret } = await webhook(ws, url);
      const [id = ''] = await emitWebhookEvent(db().db, ws, 'value.written', { v: 1 }, NOW);
      expect(await deliverWebhookJob(job(id, 1), context(NOW))).toEqual({ done: true });
      const [request] = receiver.received(url);
      const stored = await getDelivery(db().db, id);
      expect(request?.method).toBe('POST');
      expect(request?.body).toBe(stored?.payloadJson);
      expect(request?.headers).toMatchObject({
        'content-type': 'application/json',
        'user-agent': 'Bearing-Webhooks',
        'bearing-event': 'value.written',
        'bearing-delivery': id,
      });
      const signature = String(request?.headers['bearing-signature']);
      expect(verifySignature(secret, signature, request?.body ?? '', seconds(NOW))).toBe(true);
      expect(verifySignature(secret, signature, request?.body ?? '', seconds(NOW) + 600)).toBe(
        false,
      );
      const [logged] = await listDeliveries(db().db, record.id);
      expect(logged).toMatchObject({
        state: 'delivered',
        attempts: 1,
        lastStatus: 204,
        lastError: null,
        deliveredAt: NOW.toISOString(),
      });
      // A rerun (a lost lease) does not send a delivered delivery again.
      expect(await deliverWebhookJob(job(id, 2), context(NOW))).toEqual({ done: true });
      expect(receiver.received(url)).toHaveLength(1);
    });

    it('retries a 500 after 1 min, 5 min, 30 min, 2 h, 6 h, and fails the delivery after the last attempt', async () => {
      const ws = await workspace();
      const url = receiver.url('fail');
      const { record } = await webhook(ws, url);
      const [id = ''] = await emitWebhookEvent(db().db, ws, 'value.written', {}, NOW);
      expect(WEBHOOK_RETRY_DELAYS_MS).toEqual([
        MINUTE,
        5 * MINUTE,
        30 * MINUTE,
        120 * MINUTE,
        360 * MINUTE,
      ]);
      let now = NOW;
      for (let attempt = 1; attempt < WEBHOOK_MAX_ATTEMPTS; attempt++) {
        const delay = WEBHOOK_RETRY_DELAYS_MS[attempt - 1] ?? 0;
        expect(await deliverWebhookJob(job(id, attempt), context(now))).toEqual({
          retry: true,
          error: 'the receiver answered 500',
          retryAt: new Date(now.getTime() + delay),
        });
        const [logged] = await listDeliveries(db().db, record.id);
        expect(logged).toMatchObject({
          state: 'pending',
          attempts: attempt,
          lastStatus: 500,
          lastResponse: FAILURE_BODY,
          lastError: 'the receiver answered 500',
        });
        now = new Date(now.getTime() + delay);
      }
      const last = await deliverWebhookJob(job(id, WEBHOOK_MAX_ATTEMPTS), context(now));
      expect(last).toMatchObject({ retry: true });
      const [failed] = await listDeliveries(db().db, record.id);
      expect(failed).toMatchObject({ state: 'failed', attempts: 6, lastStatus: 500 });
      expect(receiver.received(url)).toHaveLength(6);
    });

    it('logs a refused connection with no status and retries it', async () => {
      const ws = await workspace();
      const { record } = await webhook(ws, await refusingUrl());
      const [id = ''] = await emitWebhookEvent(db().db, ws, 'value.written', {}, NOW);
      const outcome = await deliverWebhookJob(job(id, 1), context(NOW));
      expect(outcome).toMatchObject({ retry: true, retryAt: new Date(NOW.getTime() + MINUTE) });
      const [logged] = await listDeliveries(db().db, record.id);
      expect(logged).toMatchObject({ state: 'pending', attempts: 1, lastStatus: null });
      expect(logged?.lastError).toMatch(/fetch failed/);
    });

    it('keeps only the first 4 KB of a long answer', async () => {
      const ws = await workspace();
      const { record } = await webhook(ws, receiver.url('big'));
      const [id = ''] = await emitWebhookEvent(db().db, ws, 'value.written', {}, NOW);
      await deliverWebhookJob(job(id, 1), context(NOW));
      const [logged] = await listDeliveries(db().db, record.id);
      expect(logged?.lastStatus).toBe(500);
      expect(logged?.lastResponse).toBe('x'.repeat(4096));
    });

    it('logs a receiver that does not answer in time as a timeout', async () => {
      const ws = await workspace();
      const { record } = await webhook(ws, receiver.url('ok'));
      const [id = ''] = await emitWebhookEvent(db().db, ws, 'value.written', {}, NOW);
      // What fetch throws when the 10 s AbortSignal fires, without waiting 10 s.
      const timedOut = () => Promise.reject(new DOMException('timed out', 'TimeoutError'));
      const result = await attemptDelivery(db().db, id, {
        now: NOW,
        final: false,
        fetch: timedOut,
      });
      expect(result).toMatchObject({ outcome: 'failed', error: 'no answer within 10 s' });
      const [logged] = await listDeliveries(db().db, record.id);
      expect(logged).toMatchObject({ state: 'pending', lastStatus: null });
    });

    it('is done when the delivery is gone or the payload names none', async () => {
      expect(await deliverWebhookJob(job('no-such-delivery', 1), context(NOW))).toEqual({
        done: true,
      });
      expect(
        await deliverWebhookJob({ ...job('x', 1), payload: { other: 1 } }, context(NOW)),
      ).toEqual({ done: true });
    });

    it('sends a test delivery to a webhook that subscribes to no such event', async () => {
      const ws = await workspace();
      const url = receiver.url('ok');
      const { record } = await webhook(ws, url);
      const delivery = await createDelivery(
        db().db,
        record.id,
        'test',
        (deliveryId) => ({ id: deliveryId, event: 'test' }),
        NOW,
      );
      expect(await deliverWebhookJob(job(delivery.id, 1), context(NOW))).toEqual({ done: true });
      expect(receiver.received(url)[0]?.headers['bearing-event']).toBe('test');
    });
  });
});
