import { describe, expect, it } from 'vitest';
import { forEachDialect } from '@bearing/testing/databases';
import { NotFoundError } from '../errors.ts';
import { freshWorkspace } from '../test-fixtures.ts';
import {
  MAX_RESPONSE_LENGTH,
  createDelivery,
  createWebhook,
  deleteWebhook,
  getDelivery,
  getWebhook,
  listDeliveries,
  listWebhooks,
  recordDeliveryAttempt,
  updateWebhook,
  webhooksFor,
} from './webhook.repository.ts';

const at = (hhmm: string) => new Date(`2026-12-04T${hhmm}:00.000Z`);
const hook = (events: string[], active = true) => ({
  url: 'https://example.com/hooks',
  description: 'ops channel',
  events,
  active,
  createdBy: null,
});

forEachDialect(({ db }) => {
  describe('webhooks', () => {
    it('creates a webhook with a fresh whsec_ secret and reads it back in its workspace only', async () => {
      const ws = await freshWorkspace(db().db);
      const other = await freshWorkspace(db().db);
      const a = await createWebhook(db().db, ws, hook(['value.written']), at('09:00'));
      const b = await createWebhook(db().db, ws, hook(['value.written']), at('09:01'));
      expect(a.secret).toMatch(/^whsec_[0-9a-f]{64}$/);
      expect(b.secret).not.toBe(a.secret);
      expect(a.record).toEqual({
        id: a.record.id,
        url: 'https://example.com/hooks',
        description: 'ops channel',
        events: ['value.written'],
        active: true,
        createdAt: at('09:00').toISOString(),
      });
      expect(a.record).not.toHaveProperty('secret');
      expect((await listWebhooks(db().db, ws)).map((w) => w.id)).toEqual([
        a.record.id,
        b.record.id,
      ]);
      expect(await getWebhook(db().db, ws, a.record.id)).toEqual(a.record);
      expect(await getWebhook(db().db, other, a.record.id)).toBeUndefined();
      expect(await listWebhooks(db().db, other)).toEqual([]);
      await expect(listWebhooks(db().db, 'no-such-workspace')).rejects.toBeInstanceOf(
        NotFoundError,
      );
    });

    it('changes only the fields given, and not across workspaces', async () => {
      const ws = await freshWorkspace(db().db);
      const other = await freshWorkspace(db().db);
      const { record } = await createWebhook(db().db, ws, hook(['value.written']), at('09:00'));
      expect(await updateWebhook(db().db, other, record.id, { active: false })).toBeUndefined();
      const changed = await updateWebhook(db().db, ws, record.id, {
        events: ['status.changed', 'import.finished'],
        active: false,
      });
      expect(changed).toEqual({
        ...record,
        events: ['status.changed', 'import.finished'],
        active: false,
      });
      expect(await updateWebhook(db().db, ws, record.id, {})).toEqual(changed);
      expect(await updateWebhook(db().db, ws, 'no-such-id', { url: 'https://x.test' })).toBe(
        undefined,
      );
    });

    it('deletes a webhook with its deliveries, only in its workspace', async () => {
      const ws = await freshWorkspace(db().db);
      const other = await freshWorkspace(db().db);
      const { record } = await createWebhook(db().db, ws, hook(['value.written']), at('09:00'));
      const delivery = await createDelivery(db().db, record.id, 'test', () => ({}), at('09:00'));
      expect(await deleteWebhook(db().db, other, record.id)).toBe(false);
      expect(await deleteWebhook(db().db, ws, record.id)).toBe(true);
      expect(await deleteWebhook(db().db, ws, record.id)).toBe(false);
      expect(await getDelivery(db().db, delivery.id)).toBeUndefined();
    });

    it('finds the active webhooks subscribed to an event', async () => {
      const ws = await freshWorkspace(db().db);
      const values = await createWebhook(db().db, ws, hook(['value.written']), at('09:00'));
      const both = await createWebhook(
        db().db,
        ws,
        hook(['status.changed', 'value.written']),
        at('09:01'),
      );
      await createWebhook(db().db, ws, hook(['value.written'], false), at('09:02'));
      const ids = async (event: string) => (await webhooksFor(db().db, ws, event)).map((w) => w.id);
      expect(await ids('value.written')).toEqual([values.record.id, both.record.id]);
      expect(await ids('status.changed')).toEqual([both.record.id]);
      expect(await ids('import.finished')).toEqual([]);
    });
  });

  describe('webhook deliveries', () => {
    it('logs a delivery pending, with its id in the payload, and reads it with url and secret', async () => {
      const ws = await freshWorkspace(db().db);
      const { record, secret } = await createWebhook(db().db, ws, hook(['test']), at('09:00'));
      const delivery = await createDelivery(
        db().db,
        record.id,
        'test',
        (id) => ({ id, event: 'test' }),
        at('09:05'),
      );
      expect(delivery).toMatchObject({
        webhookId: record.id,
        event: 'test',
        state: 'pending',
        attempts: 0,
        lastStatus: null,
        deliveredAt: null,
        createdAt: at('09:05').toISOString(),
      });
      const toSend = await getDelivery(db().db, delivery.id);
      expect(toSend).toMatchObject({ url: record.url, secret, id: delivery.id });
      expect(JSON.parse(toSend?.payloadJson ?? 'null')).toEqual({ id: delivery.id, event: 'test' });
      expect(await getDelivery(db().db, 'no-such-delivery')).toBeUndefined();
    });

    it('counts attempts, keeps the last answer cut to 4 KB, and stamps the delivery time', async () => {
      const ws = await freshWorkspace(db().db);
      const { record } = await createWebhook(db().db, ws, hook(['test']), at('09:00'));
      const { id } = await createDelivery(db().db, record.id, 'test', () => ({}), at('09:00'));
      const failed = await recordDeliveryAttempt(db().db, id, {
        now: at('09:01'),
        status: 500,
        response: 'x'.repeat(10_000),
        error: 'the receiver answered 500',
        state: 'pending',
      });
      expect(failed).toMatchObject({ attempts: 1, lastStatus: 500, state: 'pending' });
      expect(failed?.lastResponse).toHaveLength(MAX_RESPONSE_LENGTH);
      expect(failed?.deliveredAt).toBeNull();
      const delivered = await recordDeliveryAttempt(db().db, id, {
        now: at('09:02'),
        status: 204,
        response: '',
        error: null,
        state: 'delivered',
      });
      expect(delivered).toMatchObject({
        attempts: 2,
        lastStatus: 204,
        lastError: null,
        state: 'delivered',
        updatedAt: at('09:02').toISOString(),
        deliveredAt: at('09:02').toISOString(),
      });
      expect(
        await recordDeliveryAttempt(db().db, 'gone', {
          now: at('09:03'),
          status: null,
          response: null,
          error: 'x',
          state: 'failed',
        }),
      ).toBeUndefined();
    });

    it('lists a webhook’s deliveries newest first, 50 by default', async () => {
      const ws = await freshWorkspace(db().db);
      const { record } = await createWebhook(db().db, ws, hook(['test']), at('09:00'));
      const other = await createWebhook(db().db, ws, hook(['test']), at('09:00'));
      const ids: string[] = [];
      for (let i = 0; i < 52; i++) {
        const minute = String(10 + Math.floor(i / 60)).padStart(2, '0');
        const when = new Date(at(`${minute}:00`).getTime() + i * 1000);
        ids.push((await createDelivery(db().db, record.id, 'test', () => i, when)).id);
      }
      await createDelivery(db().db, other.record.id, 'test', () => 0, at('11:00'));
      const listed = await listDeliveries(db().db, record.id);
      expect(listed.map((d) => d.id)).toEqual(ids.reverse().slice(0, 50));
      expect(await listDeliveries(db().db, record.id, 2)).toHaveLength(2);
    });
  });
});
