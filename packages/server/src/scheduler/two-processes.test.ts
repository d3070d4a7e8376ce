import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { kpiId, objectiveId, scorecardId } from '@bearing/core';
import { createWorkspace, putCycleSettings, saveStrategy } from '@bearing/db';
import { buildKpi, buildObjective, buildScorecard, buildStrategy } from '@bearing/testing';
import {
  type TestDatabase,
  createTestDatabase,
  postgresSkipReason,
} from '@bearing/testing/databases';
import { afterAll, describe, expect, it } from 'vitest';
import { type TestPerson, createTestPerson } from '../access.test-support.ts';
import { type SmtpReceiver, startSmtpReceiver } from '../mail/smtp-receiver.test-support.ts';

const BIN = fileURLToPath(new URL('../../../cli/bin/bearing.js', import.meta.url));

/**
 * Two real `bearing serve` processes on one PostgreSQL, their schedulers polling every 100 ms,
 * e-mail to a real SMTP server on loopback. The first reminder e-mail hangs in the SMTP server;
 * the process sending it is killed with SIGKILL, and the other must send it — once.
 */
describe.skipIf(postgresSkipReason() !== null)('two server processes on one PostgreSQL', () => {
  const children: ChildProcess[] = [];
  let database: TestDatabase | undefined;
  let smtp: SmtpReceiver | undefined;

  afterAll(async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    await smtp?.close();
    await database?.close();
  });

  function serve(url: string, port: number): Promise<ChildProcess> {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--db', url], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        BEARING_LOG_LEVEL: 'silent',
        BEARING_SMTP_HOST: '127.0.0.1',
        BEARING_SMTP_PORT: String(port),
        BEARING_MAIL_FROM: 'bearing@example.org',
        BEARING_SCHEDULER_POLL_MS: '100',
        BEARING_SCHEDULER_LEASE_MS: '1500',
      },
    });
    children.push(child);
    let output = '';
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`no URL printed: ${output}`));
      }, 30_000);
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (/Bearing is running at /.test(output)) {
          clearTimeout(timer);
          resolve(child);
        }
      });
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.on('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`exited ${String(code)}: ${output}`));
      });
    });
  }

  it('sends every reminder exactly once, also when a process dies mid-delivery', async () => {
    database = await createTestDatabase('postgres');
    const db = database.db;
    const ws = 'clinic';
    const setup = { actor: 'setup', now: new Date() };
    await createWorkspace(db, { key: ws, name: 'Clinic', organization: null }, setup);
    const owners: TestPerson[] = [];
    for (const name of ['ana', 'ben', 'cat', 'dan']) {
      owners.push(
        await createTestPerson(db, { name, memberships: [{ workspace: ws, role: 'updater' }] }),
      );
    }
    // Monthly KPIs without values, no grace: whatever today is, last month's value is overdue.
    await saveStrategy(
      db,
      ws,
      buildStrategy({
        scorecards: [
          buildScorecard({
            id: scorecardId('care'),
            objectives: [
              buildObjective({
                id: objectiveId('o'),
                kpis: owners.map((o, i) =>
                  buildKpi({ id: kpiId(`k${String(i)}`), owner: o.account.email }),
                ),
              }),
            ],
          }),
        ],
      }),
      setup,
    );
    await putCycleSettings(
      db,
      ws,
      { graceDays: 0, remindDaysBefore: null, remindDaysAfter: 0, digestDay: null },
      setup.now,
    );
    const first = owners[0]!.account.email;
    smtp = await startSmtpReceiver({ holdFirstTo: first });

    const doomed = await serve(database.url, smtp.port);
    // The doomed process has claimed the first reminder and is stuck sending it.
    for (let i = 0; smtp.held() === 0; i++) {
      if (i > 300) throw new Error('the first reminder never reached the SMTP server');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await serve(database.url, smtp.port);
    doomed.kill('SIGKILL');

    const mails = await smtp.waitFor(owners.length, 20_000);
    // Time for a wrong second copy to arrive: several polls and more than one lease.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(mails.flatMap((m) => m.to).sort()).toEqual(owners.map((o) => o.account.email).sort());
    for (const mail of mails) expect(mail.subject).toMatch(/^1 value overdue for \d{4}-\d{2}$/);
  }, 90_000);
});
