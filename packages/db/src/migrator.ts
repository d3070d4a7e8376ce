import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import * as initial from './migrations/2026_11_25_000000_initial.ts';
import * as workspaceRevision from './migrations/2026_11_25_120000_workspace_revision.ts';
import * as mapLayout from './migrations/2026_11_25_140000_map_layout.ts';
import * as kpiFormula from './migrations/2026_12_03_090000_kpi_formula.ts';
import * as changeBatch from './migrations/2026_12_03_120000_change_batch.ts';
import * as accounts from './migrations/2026_12_04_000000_accounts.ts';
import * as updateCycle from './migrations/2026_12_05_000000_update_cycle.ts';
import type { DB } from './database.ts';

/**
 * Migrations are listed here, not discovered on disk, so they run the same under tsx, in a
 * bundle and in tests. Add each new migration file to this list, in name order.
 */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '2026_11_25_000000_initial': initial,
  '2026_11_25_120000_workspace_revision': workspaceRevision,
  '2026_11_25_140000_map_layout': mapLayout,
  '2026_12_03_090000_kpi_formula': kpiFormula,
  '2026_12_03_120000_change_batch': changeBatch,
  '2026_12_04_000000_accounts': accounts,
  '2026_12_05_000000_update_cycle': updateCycle,
};

const provider: MigrationProvider = { getMigrations: () => Promise.resolve({ ...MIGRATIONS }) };

function migrator(db: Kysely<DB>): Migrator {
  return new Migrator({ db, provider });
}

export interface MigrationState {
  readonly name: string;
  /** ISO time it was applied; null while pending. */
  readonly executedAt: string | null;
}

/** Applies every pending migration; returns the names applied. Safe to run from several processes. */
export async function migrateToLatest(db: Kysely<DB>): Promise<string[]> {
  const { error, results } = await migrator(db).migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(
      `database migration ${failed ?? ''} failed: ${error instanceof Error ? error.message : JSON.stringify(error)}`,
      { cause: error },
    );
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Every known migration and whether it has run (for `bearing db status`). */
export async function migrationStatus(db: Kysely<DB>): Promise<MigrationState[]> {
  const infos = await migrator(db).getMigrations();
  return infos.map((m) => ({
    name: m.name,
    executedAt: m.executedAt ? m.executedAt.toISOString() : null,
  }));
}
