import { sql } from 'kysely';
import type { Executor } from '../store/database.ts';
import type { StoreDialect } from '../store/store-dialect.ts';

/**
 * Which store a connection belongs to, for code that is handed a connection
 * rather than the store (the site's read context). Asked through Kysely's
 * public query compiler: PostgreSQL numbers its parameters (`$1`), SQLite
 * does not (`?`).
 */
export function executorDialect(db: Executor): Pick<StoreDialect, 'name'> {
  const compiled = sql`select ${1}`.compile(db);
  return { name: compiled.sql.includes('$1') ? 'postgres' : 'sqlite' };
}
