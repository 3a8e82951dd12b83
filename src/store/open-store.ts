import { DatelineError } from '../errors.ts';
import { migrateToLatest, type MigrationReport } from './migrate.ts';
import { openPostgresStore } from './postgres/open-postgres-store.ts';
import { openSqliteStore } from './sqlite/open-sqlite-store.ts';
import type { Store } from './store.ts';

export interface StoreLocation {
  /** `postgres://` or `postgresql://` URL; absent for the embedded SQLite store. */
  readonly databaseUrl?: string | undefined;
  readonly dataDir: string;
  readonly pgSchema?: string | undefined;
}

export async function openStore(where: StoreLocation): Promise<Store> {
  if (where.databaseUrl) {
    if (!/^postgres(ql)?:\/\//.test(where.databaseUrl)) {
      throw new DatelineError('config', 'DATABASE_URL must be a postgres:// URL (leave it unset for the embedded SQLite store)');
    }
    return openPostgresStore({ url: where.databaseUrl, schema: where.pgSchema });
  }
  return openSqliteStore({ dataDir: where.dataDir });
}

export async function openMigratedStore(where: StoreLocation): Promise<{ store: Store; migration: MigrationReport }> {
  const store = await openStore(where);
  try {
    const migration = await migrateToLatest(store.db as never, store.dialect, store.schema);
    return { store, migration };
  } catch (e) {
    await store.close().catch(() => {});
    throw e;
  }
}
