import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe } from 'node:test';
import pg from 'pg';
import { migrateToLatest } from '../../src/store/migrate.ts';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store.ts';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.ts';
import type { Store } from '../../src/store/store.ts';

export const PG_URL = process.env.DATELINE_TEST_PG_URL || 'postgres://postgres@127.0.0.1:5432/test';

async function probePostgres(): Promise<string | null> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (e) {
    return `PostgreSQL not reachable at ${PG_URL} (${(e as Error).message}): PostgreSQL store tests skipped`;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Null when PostgreSQL answers; otherwise why its tests are skipped. */
export const postgresSkipReason = await probePostgres();

export type DialectName = 'sqlite' | 'postgres';
export const DIALECTS: readonly DialectName[] = ['sqlite', 'postgres'];

const SCHEMA_LOCK = 7_340_001;

/**
 * Migrating one schema reads the catalogue of every schema, so a schema
 * dropped by a parallel test file at that moment breaks it: both take one
 * advisory lock.
 */
async function underSchemaLock<T>(fn: () => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  try {
    await c.query('select pg_advisory_lock($1)', [SCHEMA_LOCK]);
    return await fn();
  } finally {
    await c.query('select pg_advisory_unlock($1)', [SCHEMA_LOCK]).catch(() => {});
    await c.end();
  }
}

/** A fresh, migrated store of its own: a temp SQLite file, or a new PostgreSQL schema. */
export async function openTestStore(dialect: DialectName): Promise<{ store: Store; dispose: () => Promise<void> }> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-test-'));
    const store = openSqliteStore({ dataDir: dir });
    await migrateToLatest(store.db as never, store.dialect, store.schema);
    return {
      store,
      dispose: async () => {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const schema = `t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const store = await openPostgresStore({ url: PG_URL, schema, poolSize: 4 });
  await underSchemaLock(() => migrateToLatest(store.db as never, store.dialect, store.schema));
  return {
    store,
    dispose: async () => {
      await store.close();
      await underSchemaLock(async () => {
        const c = new pg.Client({ connectionString: PG_URL });
        await c.connect();
        await c.query(`drop schema if exists ${schema} cascade`);
        await c.end();
      });
    },
  };
}

/**
 * Runs the same suite once per store. Without a PostgreSQL server the
 * PostgreSQL half is reported as skipped, with the reason, never as passed.
 */
export function describeEachStore(title: string, suite: (getStore: () => Store, dialect: DialectName) => void): void {
  for (const dialect of DIALECTS) {
    const skip = dialect === 'postgres' ? postgresSkipReason ?? false : false;
    describe(`${title} [${dialect}]`, { skip }, () => {
      let opened: { store: Store; dispose: () => Promise<void> } | null = null;
      before(async () => {
        opened = await openTestStore(dialect);
      });
      after(async () => {
        await opened?.dispose();
      });
      suite(() => {
        if (!opened) throw new Error('store not open');
        return opened.store;
      }, dialect);
    });
  }
}
