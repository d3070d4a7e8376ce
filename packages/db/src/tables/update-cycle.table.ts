/**
 * The update cycle's tables (migration 2026_12_05_000000_update_cycle, docs/notifications.md).
 * Times are ISO text; booleans 0/1 like the other tables.
 */

/** A unit of background work, claimed by one process at a time with a lease. */
export interface JobTable {
  id: string;
  kind: string;
  workspace_id: string | null;
  payload_json: string;
  /** Unique when set: enqueueing the same key twice makes one job. */
  dedupe_key: string | null;
  /** 'queued' | 'running' | 'done' | 'failed' */
  state: string;
  /** Not before this time. */
  run_at: string;
  attempts: number;
  max_attempts: number;
  /** The process (scheduler instance) holding the lease while running. */
  lease_owner: string | null;
  lease_expires_at: string | null;
  last_error: string | null;
  created_at: string;
  finished_at: string | null;
}

/** When values are due and when people are reminded, per workspace. */
export interface CycleSettingsTable {
  workspace_id: string;
  grace_days: number;
  remind_days_before: number | null;
  remind_days_after: number | null;
  digest_day: number | null;
  updated_at: string;
}

/** A person's channels for one notification kind; no row: the kind's defaults. */
export interface NotificationPreferenceTable {
  account_id: string;
  kind: string;
  in_app: number;
  email: number;
}

/** One in-app notification; unique per person and dedupe key, so a re-run notifies nobody twice. */
export interface NotificationTable {
  id: string;
  account_id: string;
  workspace_id: string;
  kind: string;
  title: string;
  body: string;
  /** An app path such as `/w/default/updates?period=2026-11`. */
  link: string;
  subject_json: string;
  dedupe_key: string;
  created_at: string;
  read_at: string | null;
}

export interface WebhookTable {
  id: string;
  workspace_id: string;
  url: string;
  description: string;
  secret: string;
  events_json: string;
  active: number;
  created_at: string;
  created_by: string | null;
}

/** One event sent (or being sent) to one webhook, with the receiver's last answer. */
export interface WebhookDeliveryTable {
  id: string;
  webhook_id: string;
  event: string;
  payload_json: string;
  /** 'pending' | 'delivered' | 'failed' */
  state: string;
  attempts: number;
  last_status: number | null;
  last_response: string | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
  delivered_at: string | null;
}

/** The last state seen of a scored thing, so a scan can tell "turned red" from "is red". */
export interface StatusMarkTable {
  workspace_id: string;
  subject: string;
  state: string;
  period: string | null;
  updated_at: string;
}
