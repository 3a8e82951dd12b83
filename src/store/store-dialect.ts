import type { ColumnDataType } from 'kysely';

/**
 * What differs between the two stores, by name, so that no query or
 * migration tests `if (postgres)` on its own.
 */
export interface StoreDialect {
  readonly name: 'sqlite' | 'postgres';
  /** Column type of an auto-incrementing integer primary key. */
  readonly serialType: ColumnDataType;
  /** Whether the id column needs `autoIncrement()` on top of its type. */
  readonly serialNeedsAutoIncrement: boolean;
  /** Column type for epoch-millisecond times and other large integers. */
  readonly bigintType: ColumnDataType;
  /** Column type for floating-point values. */
  readonly floatType: ColumnDataType;
  /** Whether DDL can run inside a transaction (both can; kept for clarity in migrations). */
  readonly supportsTransactionalDdl: boolean;
  /** Whether the store can notify other processes of changes (LISTEN/NOTIFY). */
  readonly supportsNotify: boolean;
  /** Whether processes sharing the store can elect one to do a job (advisory locks); one SQLite process needs none. */
  readonly supportsAdvisoryLocks: boolean;
}

export const sqliteDialect: StoreDialect = Object.freeze({
  name: 'sqlite',
  serialType: 'integer',
  serialNeedsAutoIncrement: true,
  bigintType: 'integer',
  floatType: 'real',
  supportsTransactionalDdl: true,
  supportsNotify: false,
  supportsAdvisoryLocks: false,
});

export const postgresDialect: StoreDialect = Object.freeze({
  name: 'postgres',
  serialType: 'serial',
  serialNeedsAutoIncrement: false,
  bigintType: 'bigint',
  floatType: 'double precision',
  supportsTransactionalDdl: true,
  supportsNotify: true,
  supportsAdvisoryLocks: true,
});
