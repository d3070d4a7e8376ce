import type { Kysely } from 'kysely';

/**
 * The update cycle (docs/notifications.md): a job table the scheduler claims with leases, each
 * workspace's cycle settings, people's notifications and their channel choices, webhooks with
 * their delivery log, and the last status seen of each scored thing (to notice "turned red").
 * FROZEN once released; add a new migration instead.
 *
 * `jobs.dedupe_key` is unique: two server processes planning the same reminder insert one job,
 * and the write path records "this batch changed the workspace" once however many rows it logs.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('jobs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('workspace_id', 'text', (c) => c.references('workspaces.id').onDelete('cascade'))
    .addColumn('payload_json', 'text', (c) => c.notNull())
    .addColumn('dedupe_key', 'text', (c) => c.unique())
    // queued → running (leased) → done | failed; a running job whose lease ran out is queued again.
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('run_at', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('max_attempts', 'integer', (c) => c.notNull())
    .addColumn('lease_owner', 'text')
    .addColumn('lease_expires_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema.createIndex('jobs_due').on('jobs').columns(['state', 'run_at']).execute();

  await db.schema
    .createTable('cycle_settings')
    .addColumn('workspace_id', 'text', (c) =>
      c.primaryKey().references('workspaces.id').onDelete('cascade'),
    )
    .addColumn('grace_days', 'integer', (c) => c.notNull())
    // Null: no reminder on that side of the due day.
    .addColumn('remind_days_before', 'integer')
    .addColumn('remind_days_after', 'integer')
    // Day of the month the digest goes out; null: no digest.
    .addColumn('digest_day', 'integer')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('notification_preferences')
    .addColumn('account_id', 'text', (c) =>
      c.notNull().references('accounts.id').onDelete('cascade'),
    )
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('in_app', 'integer', (c) => c.notNull())
    .addColumn('email', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('notification_preferences_pk', ['account_id', 'kind'])
    .execute();

  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) =>
      c.notNull().references('accounts.id').onDelete('cascade'),
    )
    .addColumn('workspace_id', 'text', (c) =>
      c.notNull().references('workspaces.id').onDelete('cascade'),
    )
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    // An app path (`/w/<ws>/…`), never a full URL: the web app links it, e-mail prefixes the public URL.
    .addColumn('link', 'text', (c) => c.notNull())
    // The thing it is about, e.g. {"kpi":"nps","scorecard":"corp","period":"2026-11"}.
    .addColumn('subject_json', 'text', (c) => c.notNull())
    .addColumn('dedupe_key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .addUniqueConstraint('notifications_once', ['account_id', 'dedupe_key'])
    .execute();
  await db.schema
    .createIndex('notifications_inbox')
    .on('notifications')
    .columns(['account_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('webhooks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) =>
      c.notNull().references('workspaces.id').onDelete('cascade'),
    )
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    // The HMAC key: the receiver needs it in clear to verify, so it is stored as it was shown.
    .addColumn('secret', 'text', (c) => c.notNull())
    // JSON array of event names.
    .addColumn('events_json', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .execute();
  await db.schema.createIndex('webhooks_workspace').on('webhooks').column('workspace_id').execute();

  await db.schema
    .createTable('webhook_deliveries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('webhook_id', 'text', (c) =>
      c.notNull().references('webhooks.id').onDelete('cascade'),
    )
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('payload_json', 'text', (c) => c.notNull())
    // pending → delivered | failed (after the last retry).
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_status', 'integer')
    // The receiver's answer, cut to a few kilobytes.
    .addColumn('last_response', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('delivered_at', 'text')
    .execute();
  await db.schema
    .createIndex('webhook_deliveries_webhook')
    .on('webhook_deliveries')
    .columns(['webhook_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('status_marks')
    .addColumn('workspace_id', 'text', (c) =>
      c.notNull().references('workspaces.id').onDelete('cascade'),
    )
    // `kpi:<scorecard>/<kpi>`, `initiative:<scorecard>/<key>`, `link:<scorecard>/<from>-><to>`.
    .addColumn('subject', 'text', (c) => c.notNull())
    // A status (green/amber/red/none), an initiative flag set, or an evidence verdict.
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('period', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('status_marks_pk', ['workspace_id', 'subject'])
    .execute();
}

export async function down(db: Db): Promise<void> {
  for (const table of [
    'status_marks',
    'webhook_deliveries',
    'webhooks',
    'notifications',
    'notification_preferences',
    'cycle_settings',
    'jobs',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
