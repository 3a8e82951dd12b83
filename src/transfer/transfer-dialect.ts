import { type RawBuilder, sql, type Transaction } from 'kysely';
import type { Database, Executor } from '../store/database.ts';
import type { Store } from '../store/store.ts';
import type { StoreDialect } from '../store/store-dialect.ts';

/** Where the two stores differ for a transfer, by name. */
export interface TransferDialect {
  /** A column in ORDER BY; text is compared byte by byte whatever the database's collation, so both stores sort alike. */
  orderBy(column: string, isText: boolean): RawBuilder<unknown>;
  /** After rows were inserted with their own ids: make the next generated id follow the largest. */
  advanceIds(db: Executor, table: string): Promise<void>;
  /** Runs `fn` on one consistent snapshot of the store, whatever commits meanwhile. */
  readSnapshot<T>(store: Store, fn: (trx: Transaction<Database>) => Promise<T>): Promise<T>;
}

const sqlite: TransferDialect = {
  // SQLite compares text by its UTF-8 bytes (BINARY) unless told otherwise.
  orderBy: (column) => sql.ref(column),
  // AUTOINCREMENT remembers the largest id ever inserted, explicit ones included.
  advanceIds: async () => {},
  // A SQLite transaction reads one snapshot of the WAL from its first read on.
  readSnapshot: (store, fn) => store.transaction(fn),
};

const postgres: TransferDialect = {
  orderBy: (column, isText) => (isText ? sql`${sql.ref(column)} collate "C"` : sql.ref(column)),
  advanceIds: async (db, table) => {
    await sql`select setval(pg_get_serial_sequence(${table}, 'id'), max_id) from (select max(id) as max_id from ${sql.table(table)}) m where max_id is not null`.execute(db);
  },
  // PostgreSQL's default (read committed) gives each statement its own snapshot.
  readSnapshot: (store, fn) => store.db.transaction().setIsolationLevel('repeatable read').execute(fn),
};

const DIALECTS: Readonly<Record<StoreDialect['name'], TransferDialect>> = { sqlite, postgres };

export function transferDialect(dialect: Pick<StoreDialect, 'name'>): TransferDialect {
  return DIALECTS[dialect.name];
}
