import { sql } from 'kysely';
import type { Executor } from '../database.ts';
import type { StoreDialect } from '../store-dialect.ts';

/**
 * Inside a transaction that adds many stories (a wire batch): on SQLite,
 * new stories' search documents wait unindexed until
 * `indexHeldSearchDocuments`, so FTS5 writes one index segment for the
 * batch instead of one per story (migration 007). PostgreSQL indexes each
 * new story once at commit already; there both do nothing.
 */
export async function holdSearchIndexing(db: Executor, dialect: StoreDialect): Promise<void> {
  if (dialect.name !== 'sqlite') return;
  await sql`update "search_index_state" set "deferred" = 1 where "id" = 1`.execute(db);
}

/** Indexes every document held back, in one statement, and stops holding them. Call before the transaction commits. */
export async function indexHeldSearchDocuments(db: Executor, dialect: StoreDialect): Promise<void> {
  if (dialect.name !== 'sqlite') return;
  await sql`update "search_index_state" set "deferred" = 0 where "id" = 1`.execute(db);
  await sql`update "search_documents" set "indexed" = 1 where "indexed" = 0`.execute(db);
}
