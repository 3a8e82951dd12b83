import type { Kysely, Transaction } from 'kysely';
import type { Database } from './database.ts';
import type { StoreDialect } from './store-dialect.ts';

/**
 * The one way the program reaches its data. Query functions in
 * `repositories/` take `store.db` or an open transaction as their first
 * argument; services open transactions through `transaction`.
 */
export interface Store {
  readonly db: Kysely<Database>;
  readonly dialect: StoreDialect;
  /** Where the data lives, safe to print (no password). */
  readonly location: string;
  /** PostgreSQL schema the store lives in; undefined for SQLite. */
  readonly schema: string | undefined;
  /** Runs `fn` in one transaction: all of its writes land, or none do. */
  transaction<T>(fn: (trx: Transaction<Database>) => Promise<T>): Promise<T>;
  /** Resolves when the store answers a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
