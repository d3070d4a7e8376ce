import { randomBytes } from 'node:crypto';
import { type TestDatabase, createTestDatabase } from '@bearing/testing/databases';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestPerson, createTestPerson } from '../../access.test-support.ts';
import { CLIENT_HEADERS, TEST_NOW, buildTestApp } from '../../test-helpers.ts';
import type { App } from '../../types.ts';
import {
  FAILURE_BODY,
  type Receiver,
  startReceiver,
} from '../../webhooks/receiver.test-support.ts';
import { verifySignature } from '../../webhooks/sign.ts';
import { getDelivery } from '@bearing/db';

interface Webhook {
  id: string;
  url: string;
  events: string[];
  active: boolean;
  secret?: string;
}
interface Delivery {
  id: string;
  event: string;
  state: string;
  attempts: number;
  lastStatus: number | null;
  lastResponse: string | null;
}

describe('webhooks of a workspace', () => {
  let database: TestDatabase;
  let app: App;
  let root: TestPerson;
  let receiver: Receiver;

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    app = await buildTestApp(database);
    root = await createTestPerson(database.db, { name: 'root', instanceAdmin: true });
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await receiver.close();
    await app.close();
    await database.close();
  });

  /** A new workspace and an administrator of it. */
  async function workspaceWithAdmin(): Promise<{ ws: string; admin: TestPerson }> {
    const ws = `ws-${randomBytes(3).toString('hex')}`;
    const created = await app.inject({
      method: 'POST',
      url: '/api/workspaces',
      headers: root.headers,
      payload: { key: ws, name: ws },
    });
    expect(created.statusCode).toBe(201);
    const admin = await createTestPerson(database.db, {
      name: 'admin',
      memberships: [{ workspace: ws, role: 'admin' }],
    });
    return { ws, admin };
  }

  const call = (
    who: TestPerson,
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    payload?: unknown,
  ) =>
    app.inject({
      method,
      url,
      // What the web app sends: a body-less POST (Send test) needs it even with a token.
      headers: { ...CLIENT_HEADERS, ...who.headers },
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });

  async function addWebhook(ws: string, admin: TestPerson, url: string): Promise<Webhook> {
    const res = await call(admin, 'POST', `/api/workspaces/${ws}/webhooks`, {
      url,
      events: ['value.written'],
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<Webhook>();
  }

  it('adds a webhook with its secret (201), then lists, changes and removes it without the secret', async () => {
    const { ws, admin } = await workspaceWithAdmin();
    const created = await addWebhook(ws, admin, 'https://example.com/hook');
    expect(created).toMatchObject({
      url: 'https://example.com/hook',
      description: '',
      events: ['value.written'],
      active: true,
      createdAt: TEST_NOW.toISOString(),
    });
    expect(created.secret).toMatch(/^whsec_[0-9a-f]{64}$/);
    const list = await call(admin, 'GET', `/api/workspaces/${ws}/webhooks`);
    expect(list.statusCode).toBe(200);
    const { items } = list.json<{ items: Webhook[] }>();
    expect(items.map((w) => w.id)).toEqual([created.id]);
    expect(items[0]).not.toHaveProperty('secret');
    const patched = await call(admin, 'PATCH', `/api/workspaces/${ws}/webhooks/${created.id}`, {
      events: ['status.changed', 'import.finished'],
      active: false,
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({
      id: created.id,
      url: 'https://example.com/hook',
      events: ['status.changed', 'import.finished'],
      active: false,
    });
    expect(patched.json()).not.toHaveProperty('secret');
    const removed = await call(admin, 'DELETE', `/api/workspaces/${ws}/webhooks/${created.id}`);
    expect(removed.statusCode).toBe(204);
    const after = await call(admin, 'GET', `/api/workspaces/${ws}/webhooks`);
    expect(after.json()).toEqual({ items: [] });
  });

  it('refuses a URL that is not http(s) and an empty event list with 400 naming the field', async () => {
    const { ws, admin } = await workspaceWithAdmin();
    const bad = await call(admin, 'POST', `/api/workspaces/${ws}/webhooks`, {
      url: 'ftp://example.com/hook',
      events: ['value.written'],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { code: 'VALIDATION', path: 'body.url' } });
    const notUrl = await call(admin, 'POST', `/api/workspaces/${ws}/webhooks`, {
      url: 'not a url',
      events: ['value.written'],
    });
    expect(notUrl.json()).toMatchObject({ error: { path: 'body.url' } });
    const none = await call(admin, 'POST', `/api/workspaces/${ws}/webhooks`, {
      url: 'https://example.com/hook',
      events: [],
    });
    expect(none.statusCode).toBe(400);
    expect(none.json()).toMatchObject({ error: { path: 'body.events' } });
    const { id } = await addWebhook(ws, admin, 'https://example.com/hook');
    const patch = await call(admin, 'PATCH', `/api/workspaces/${ws}/webhooks/${id}`, {
      url: 'javascript:alert(1)',
    });
    expect(patch.statusCode).toBe(400);
    expect(patch.json()).toMatchObject({ error: { path: 'body.url' } });
  });

  it('answers 404 NOT_FOUND at params.id for an unknown id or one of another workspace', async () => {
    const { ws, admin } = await workspaceWithAdmin();
    const other = await workspaceWithAdmin();
    const foreign = await addWebhook(other.ws, other.admin, 'https://example.com/hook');
    for (const id of ['no-such-webhook', foreign.id]) {
      const base = `/api/workspaces/${ws}/webhooks/${id}`;
      for (const [method, url, payload] of [
        ['PATCH', base, { active: false }],
        ['DELETE', base, undefined],
        ['GET', `${base}/deliveries`, undefined],
        ['POST', `${base}/test`, undefined],
      ] as const) {
        const res = await call(admin, method, url, payload);
        expect(res.statusCode, `${method} ${url}`).toBe(404);
        expect(res.json()).toMatchObject({
          error: {
            code: 'NOT_FOUND',
            path: 'params.id',
            message: `workspace "${ws}" has no webhook "${id}"`,
          },
        });
      }
    }
    expect((await call(other.admin, 'GET', `/api/workspaces/${other.ws}/webhooks`)).json()).toEqual(
      { items: [expect.objectContaining({ id: foreign.id, active: true }) as unknown] },
    );
  });

  it('sends a signed test event to a real receiver and logs it delivered', async () => {
    const { ws, admin } = await workspaceWithAdmin();
    const url = receiver.url('ok');
    const { id, secret } = await addWebhook(ws, admin, url);
    const res = await call(admin, 'POST', `/api/workspaces/${ws}/webhooks/${id}/test`);
    expect(res.statusCode, res.body).toBe(200);
    const delivery = res.json<Delivery>();
    expect(delivery).toMatchObject({
      event: 'test',
      state: 'delivered',
      attempts: 1,
      lastStatus: 204,
      deliveredAt: TEST_NOW.toISOString(),
    });
    const [request] = receiver.received(url);
    expect(request?.headers['bearing-event']).toBe('test');
    expect(request?.headers['bearing-delivery']).toBe(delivery.id);
    const signature = String(request?.headers['bearing-signature']);
    const nowSeconds = Math.floor(TEST_NOW.getTime() / 1000);
    expect(verifySignature(secret ?? '', signature, request?.body ?? '', nowSeconds)).toBe(true);
    expect(JSON.parse(request?.body ?? 'null')).toMatchObject({
      id: delivery.id,
      event: 'test',
      workspace: ws,
      createdAt: TEST_NOW.toISOString(),
    });
    const log = await call(admin, 'GET', `/api/workspaces/${ws}/webhooks/${id}/deliveries`);
    expect(log.json()).toEqual({ items: [delivery] });
  });

  it('logs a failed test with the receiver’s status and answer, and does not retry it', async () => {
    const { ws, admin } = await workspaceWithAdmin();
    const url = receiver.url('fail');
    const { id } = await addWebhook(ws, admin, url);
    const res = await call(admin, 'POST', `/api/workspaces/${ws}/webhooks/${id}/test`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      event: 'test',
      state: 'failed',
      attempts: 1,
      lastStatus: 500,
      lastResponse: FAILURE_BODY,
      lastError: 'the receiver answered 500',
      deliveredAt: null,
    });
    const log = await call(admin, 'GET', `/api/workspaces/${ws}/webhooks/${id}/deliveries`);
    expect(log.json<{ items: Delivery[] }>().items).toHaveLength(1);
    expect(receiver.received(url)).toHaveLength(1);
  });

  it('is for administrators only: an editor of the workspace is refused', async () => {
    const { ws, admin } = await workspaceWithAdmin();
    const { id } = await addWebhook(ws, admin, receiver.url('ok'));
    const editor = await createTestPerson(database.db, {
      name: 'editor',
      memberships: [{ workspace: ws, role: 'editor' }],
    });
    expect((await call(editor, 'GET', `/api/workspaces/${ws}/webhooks`)).statusCode).toBe(403);
    const test = await call(editor, 'POST', `/api/workspaces/${ws}/webhooks/${id}/test`);
    expect(test.statusCode).toBe(403);
  });

  it("queues value.written for a value write, with the write's own change ids, and nothing for a write that changes nothing", async () => {
    const { ws, admin } = await workspaceWithAdmin();
    const imported = await app.inject({
      method: 'POST',
      url: `/api/workspaces/${ws}/import?replace=true`,
      headers: { ...root.headers, 'content-type': 'application/json' },
      payload: JSON.stringify({
        bearing: 1,
        scorecards: [
          {
            id: 'care',
            name: 'Care',
            perspectives: [{ id: 'customer', name: 'Patients' }],
            objectives: [
              {
                id: 'o',
                name: 'Good care',
                perspective: 'customer',
                kpis: [{ id: 'wait', name: 'Waiting', unit: 'd', baseline: 2, target: 10 }],
              },
            ],
          },
        ],
      }),
    });
    expect(imported.statusCode, imported.body).toBe(200);
    const { id } = await addWebhook(ws, admin, receiver.url('ok'));
    const url = `/api/workspaces/${ws}/scorecards/care/kpis/wait/values/2026-10`;
    const put = await call(admin, 'PUT', url, { value: 7 });
    expect(put.statusCode, put.body).toBe(201);
    const again = await call(admin, 'PUT', url, { value: 7 });
    expect(again.statusCode).toBe(200);
    const deliveries = await waitForDeliveries(ws, admin, id, 1);
    expect(deliveries.map((d) => d.event)).toEqual(['value.written']);
    const sent = await getDelivery(database.db, deliveries[0]!.id);
    const body = JSON.parse(sent!.payloadJson) as {
      event: string;
      workspace: string;
      data: Record<string, unknown>;
    };
    expect(body).toMatchObject({ event: 'value.written', workspace: ws });
    expect(body.data).toMatchObject({
      batch: put.headers['bearing-batch'],
      changeCount: 1,
      changes: [put.headers['bearing-changes']],
      request: `PUT ${url}`,
    });
  });

  async function waitForDeliveries(ws: string, admin: TestPerson, id: string, count: number) {
    // The event is queued after the response has gone out (onResponse).
    for (let i = 0; i < 50; i++) {
      const log = await call(admin, 'GET', `/api/workspaces/${ws}/webhooks/${id}/deliveries`);
      const items = log.json<{ items: Delivery[] }>().items;
      if (items.length >= count) {
        await new Promise((r) => setTimeout(r, 100));
        return (await call(admin, 'GET', `/api/workspaces/${ws}/webhooks/${id}/deliveries`)).json<{
          items: Delivery[];
        }>().items;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error('no delivery was queued');
  }
});
