import { type Kysely, Migrator, type MigrationProvider, sql } from 'kysely';
import { DatelineError } from '../errors.ts';
import { ALL_MIGRATIONS } from './migrations/all-migrations.ts';
import type { Migration } from './migrations/migration.ts';
import type { StoreDialect } from './store-dialect.ts';

const MIGRATION_TABLE = 'dateline_migration';
const MIGRATION_LOCK_TABLE = 'dateline_migration_lock';

class ListProvider implements MigrationProvider {
  constructor(private readonly migrations: readonly Migration[], private readonly dialect: StoreDialect) {}
  async getMigrations() {
    return Object.fromEntries(
      this.migrations.map((m) => [m.name, { up: (db: Kysely<unknown>) => m.up(db, this.dialect) }]),
    );
  }
}

/** Names of the steps this store has applied, or [] for a new store. */
async function appliedMigrations(db: Kysely<unknown>): Promise<string[]> {
  try {
    const rows = await sql<{ name: string }>`select name from ${sql.table(MIGRATION_TABLE)} order by name`.execute(db);
    return rows.rows.map((r) => r.name);
  } catch (e) {
    // A new store has no migration table yet; introspection is schema-blind on PostgreSQL, a query is not.
    if (/no such table|does not exist/i.test((e as Error).message)) return [];
    throw e;
  }
}

export interface MigrationReport {
  readonly applied: readonly string[];
  readonly alreadyCurrent: boolean;
}

/**
 * Brings the schema up to this version. Refuses a store that a newer
 * Dateline has migrated: running old code on it could lose data.
 */
export async function migrateToLatest(db: Kysely<unknown>, dialect: StoreDialect, schema?: string): Promise<MigrationReport> {
  const known = new Set(ALL_MIGRATIONS.map((m) => m.name));
  const applied = await appliedMigrations(db);
  const unknown = applied.filter((n) => !known.has(n));
  if (unknown.length > 0) {
    throw new DatelineError(
      'store-too-new',
      `the store was made by a newer version of Dateline (it has schema step ${unknown[unknown.length - 1]}); upgrade Dateline to use it`,
    );
  }
  const migrator = new Migrator({
    db,
    provider: new ListProvider(ALL_MIGRATIONS, dialect),
    migrationTableName: MIGRATION_TABLE,
    migrationLockTableName: MIGRATION_LOCK_TABLE,
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new DatelineError(
      'store-unavailable',
      `schema step ${failed?.migrationName ?? '?'} failed: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  const done = (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
  return { applied: done, alreadyCurrent: done.length === 0 };
}

export async function pendingMigrations(db: Kysely<unknown>): Promise<string[]> {
  const applied = new Set(await appliedMigrations(db));
  return ALL_MIGRATIONS.map((m) => m.name).filter((n) => !applied.has(n));
}
