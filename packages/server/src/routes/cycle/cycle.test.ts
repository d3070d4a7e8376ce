import { randomBytes } from 'node:crypto';
import { type TestDatabase, createTestDatabase } from '@bearing/testing/databases';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestPerson, createTestPerson } from '../../access.test-support.ts';
import { buildTestApp } from '../../test-helpers.ts';
import type { App } from '../../types.ts';

/**
 * The update cycle's routes as people use them, at TEST_NOW (2026-11-25): the default period is
 * October, due by 5 November with the default five days of grace, so missing values are overdue.
 */
describe('the update cycle routes', () => {
  let database: TestDatabase;
  let app: App;
  let root: TestPerson;

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    app = await buildTestApp(database);
    root = await createTestPerson(database.db, { name: 'root', instanceAdmin: true });
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const call = (who: TestPerson, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
    app.inject({
      method,
      url,
      headers: who.headers,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });

  /** A workspace with two scorecards; Ana owns a KPI in each, Ben one; Cat is the office. */
  async function setUp() {
    const ws = `cyc-${randomBytes(3).toString('hex')}`;
    expect(
      (await call(root, 'POST', '/api/workspaces', { key: ws, name: 'Clinic' })).statusCode,
    ).toBe(201);
    const person = (name: string, role: 'updater' | 'editor' | 'admin' | 'viewer') =>
      createTestPerson(database.db, { name, memberships: [{ workspace: ws, role }] });
    const [ana, ben, cat, vic] = await Promise.all([
      person('ana', 'updater'),
      person('ben', 'updater'),
      person('cat', 'admin'),
      person('vic', 'viewer'),
    ]);
    const kpi = (id: string, owner: string, extra: object = {}) => ({
      id,
      name: id,
      owner,
      unit: '%',
      baseline: 50,
      target: 90,
      frequency: 'monthly',
      ...extra,
    });
    const scorecard = (id: string, kpis: object[]) => ({
      id,
      name: id === 'care' ? 'Patient care' : 'Finance',
      perspectives: [{ id: 'customer', name: 'Patients' }],
      objectives: [{ id: 'o', name: 'Good care', perspective: 'customer', kpis }],
    });
    const strategy = {
      bearing: 1,
      scorecards: [
        scorecard('care', [
          kpi('waiting', ana.account.email),
          kpi('satisfaction', ben.account.email),
          kpi('unowned', 'Head of Nursing'),
        ]),
        scorecard('finance', [kpi('cost', ana.account.email)]),
      ],
    };
    const imported = await app.inject({
      method: 'POST',
      url: `/api/workspaces/${ws}/import?replace=true`,
      headers: { ...root.headers, 'content-type': 'application/json' },
      payload: JSON.stringify(strategy),
    });
    expect(imported.statusCode, imported.body).toBe(200);
    return { ws, ana, ben, cat, vic };
  }

  it('lists on "My updates" only what the person owes, across scorecards', async () => {
    const { ws, ana } = await setUp();
    const res = await call(ana, 'GET', `/api/workspaces/${ws}/my-updates`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{
      period: string;
      owner: string;
      items: { kpi: string; state: string }[];
    }>();
    expect(body.period).toBe('2026-10');
    expect(body.owner).toBe(ana.account.email);
    expect(body.items.map((i) => i.kpi).sort()).toEqual(['cost', 'waiting']);
    expect(body.items.every((i) => i.state === 'overdue')).toBe(true);
  });

  it('saves every value of "My updates" in one go, and then nothing is owed', async () => {
    const { ws, ana } = await setUp();
    const saved = await call(ana, 'POST', `/api/workspaces/${ws}/my-updates`, {
      values: [
        { scorecard: 'care', kpi: 'waiting', period: '2026-10', value: 62.5 },
        { scorecard: 'finance', kpi: 'cost', period: '2026-10', value: 80, comment: 'audited' },
      ],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toEqual({ written: 2 });
    const after = await call(ana, 'GET', `/api/workspaces/${ws}/my-updates?period=2026-10`);
    expect(after.json<{ items: { state: string }[] }>().items.map((i) => i.state)).toEqual([
      'entered',
      'entered',
    ]);
  });

  it('saves none when one value is refused (a negative %), naming the row', async () => {
    const { ws, ana } = await setUp();
    const res = await call(ana, 'POST', `/api/workspaces/${ws}/my-updates`, {
      values: [
        { scorecard: 'finance', kpi: 'cost', period: '2026-10', value: 80 },
        { scorecard: 'care', kpi: 'waiting', period: '2026-10', value: -5 },
      ],
    });
    expect(res.statusCode).toBe(422);
    expect(res.json<{ error: { path: string } }>().error.path).toBe('body.values.1.value');
    const after = await call(ana, 'GET', `/api/workspaces/${ws}/my-updates`);
    expect(after.json<{ items: { state: string }[] }>().items.map((i) => i.state)).toEqual([
      'overdue',
      'overdue',
    ]);
  });

  it("refuses an updater another owner's value, and writes nothing", async () => {
    const { ws, ana } = await setUp();
    const res = await call(ana, 'POST', `/api/workspaces/${ws}/my-updates`, {
      values: [
        { scorecard: 'care', kpi: 'waiting', period: '2026-10', value: 60 },
        { scorecard: 'care', kpi: 'satisfaction', period: '2026-10', value: 60 },
      ],
    });
    expect(res.statusCode).toBe(403);
    const mine = await call(ana, 'GET', `/api/workspaces/${ws}/my-updates`);
    expect(
      mine.json<{ items: { state: string }[] }>().items.every((i) => i.state === 'overdue'),
    ).toBe(true);
  });

  it('refuses a bad period with the field named', async () => {
    const { ws, ana } = await setUp();
    const res = await call(ana, 'POST', `/api/workspaces/${ws}/my-updates`, {
      values: [{ scorecard: 'care', kpi: 'waiting', period: '2026-13', value: 60 }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { code: string; path: string } }>().error).toMatchObject({
      code: 'INVALID_PERIOD',
      path: 'body.values.0.period',
    });
  });

  it('reminds the owners who owe values, and says whom it could not remind', async () => {
    const { ws, ana, ben, cat } = await setUp();
    const res = await call(cat, 'POST', `/api/workspaces/${ws}/cycle/remind`, {});
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      queued: 2,
      skipped: [
        {
          owner: 'Head of Nursing',
          reason: 'not an e-mail address: set the KPI owner to the person’s e-mail to remind them',
        },
      ],
    });
    const inbox = await call(ana, 'GET', '/api/notifications');
    const { items, unread } = inbox.json<{
      items: { kind: string; title: string; link: string }[];
      unread: number;
    }>();
    expect(unread).toBe(1);
    expect(items[0]).toMatchObject({
      kind: 'reminder.overdue',
      title: 'Reminder: 2 values overdue for 2026-10',
      link: `/w/${ws}/updates?period=2026-10`,
    });
    // Clicked twice in the same minute: one reminder.
    await call(cat, 'POST', `/api/workspaces/${ws}/cycle/remind`, { owners: [ben.account.email] });
    expect((await call(ben, 'GET', '/api/notifications/unread')).json()).toEqual({ unread: 1 });
  });

  it('lets a reader see the cycle settings and only an administrator change them', async () => {
    const { ws, cat, vic } = await setUp();
    const url = `/api/workspaces/${ws}/cycle/settings`;
    expect((await call(vic, 'GET', url)).json()).toEqual({
      graceDays: 5,
      remindDaysBefore: 3,
      remindDaysAfter: 1,
      digestDay: 1,
    });
    const settings = { graceDays: 10, remindDaysBefore: null, remindDaysAfter: 2, digestDay: 15 };
    expect((await call(vic, 'PUT', url, settings)).statusCode).toBe(403);
    const put = await call(cat, 'PUT', url, settings);
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toEqual(settings);
    const bad = await call(cat, 'PUT', url, { ...settings, digestDay: 31 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { path: string } }>().error.path).toBe('body.digestDay');
    // The collection view's grace days follow the setting: due by 10 November now.
    const report = await call(vic, 'GET', `/api/workspaces/${ws}/collection`);
    expect(report.json<{ items: { dueBy: string }[] }>().items[0]?.dueBy).toBe('2026-11-10');
  });

  it('says whether the server sends e-mail', async () => {
    const { vic } = await setUp();
    expect((await call(vic, 'GET', '/api/mail')).json()).toEqual({ configured: false });
    const withMail = await buildTestApp(database, {
      BEARING_SMTP_HOST: '127.0.0.1',
      BEARING_MAIL_FROM: 'bearing@example.org',
    });
    try {
      const res = await withMail.inject({ method: 'GET', url: '/api/mail', headers: vic.headers });
      expect(res.json()).toEqual({ configured: true });
    } finally {
      await withMail.close();
    }
  });

  it("marks a person's notifications read and keeps their channel choices", async () => {
    const { ws, ana, cat } = await setUp();
    await call(cat, 'POST', `/api/workspaces/${ws}/cycle/remind`, {});
    const { items } = (await call(ana, 'GET', '/api/notifications')).json<{
      items: { id: string }[];
    }>();
    const read = await call(ana, 'POST', '/api/notifications/read', {
      ids: items.map((i) => i.id),
    });
    expect(read.json()).toEqual({ unread: 0 });
    expect((await call(ana, 'POST', '/api/notifications/read', {})).statusCode).toBe(400);
    const put = await call(ana, 'PUT', '/api/notifications/settings', {
      kinds: [{ kind: 'kpi.red', inApp: false, email: true }],
    });
    expect(put.statusCode, put.body).toBe(200);
    const settings = (await call(ana, 'GET', '/api/notifications/settings')).json<{
      kinds: { kind: string; inApp: boolean; email: boolean }[];
      emailConfigured: boolean;
    }>();
    expect(settings.emailConfigured).toBe(false);
    expect(settings.kinds.find((k) => k.kind === 'kpi.red')).toMatchObject({
      inApp: false,
      email: true,
    });
    expect(settings.kinds.find((k) => k.kind === 'reminder.overdue')).toMatchObject({
      inApp: true,
      email: true,
    });
  });
});
