import type { Kysely, Transaction } from 'kysely';
import type {
  AccountTable,
  ApiTokenTable,
  MembershipTable,
  SessionTable,
  SignInAttemptTable,
  SignInLinkTable,
} from './tables/account.table.ts';
import type { ChangeTable } from './tables/change.table.ts';
import type { InitiativeTable } from './tables/initiative.table.ts';
import type { KpiTargetTable } from './tables/kpi-target.table.ts';
import type { KpiValueTable } from './tables/kpi-value.table.ts';
import type { KpiTable } from './tables/kpi.table.ts';
import type { LinkTable } from './tables/link.table.ts';
import type { MapPositionTable } from './tables/map-position.table.ts';
import type { ObjectiveTable } from './tables/objective.table.ts';
import type { PerspectiveTable } from './tables/perspective.table.ts';
import type { ScorecardTable } from './tables/scorecard.table.ts';
import type {
  CycleSettingsTable,
  JobTable,
  NotificationPreferenceTable,
  NotificationTable,
  StatusMarkTable,
  WebhookDeliveryTable,
  WebhookTable,
} from './tables/update-cycle.table.ts';
import type { WorkspaceTable } from './tables/workspace.table.ts';

/** The Kysely schema. Rows (`*Table`) never leave `repositories/`; callers see domain types. */
export interface DB {
  workspaces: WorkspaceTable;
  scorecards: ScorecardTable;
  perspectives: PerspectiveTable;
  objectives: ObjectiveTable;
  links: LinkTable;
  kpis: KpiTable;
  kpi_targets: KpiTargetTable;
  kpi_values: KpiValueTable;
  initiatives: InitiativeTable;
  changes: ChangeTable;
  map_positions: MapPositionTable;
  accounts: AccountTable;
  memberships: MembershipTable;
  sessions: SessionTable;
  api_tokens: ApiTokenTable;
  sign_in_links: SignInLinkTable;
  sign_in_attempts: SignInAttemptTable;
  jobs: JobTable;
  cycle_settings: CycleSettingsTable;
  notification_preferences: NotificationPreferenceTable;
  notifications: NotificationTable;
  webhooks: WebhookTable;
  webhook_deliveries: WebhookDeliveryTable;
  status_marks: StatusMarkTable;
}

export type Dialect = 'sqlite' | 'postgres';

/** An open database: the Kysely instance plus which engine it runs on. */
export interface Database {
  readonly db: Kysely<DB>;
  readonly dialect: Dialect;
  /** The URL it was opened with (a SQLite path made absolute). */
  readonly url: string;
  /** False for SQLite in memory: no second connection can see the same data. */
  readonly shared: boolean;
  /** Closes the connection (SQLite) or the pool (PostgreSQL). */
  close(): Promise<void>;
}

/** Anything that runs queries: the database or a transaction opened on it. */
export type Executor = Kysely<DB> | Transaction<DB>;
