import type SqliteDatabase from 'better-sqlite3';

/**
 * Kysely prepares every statement anew; preparing costs as much as running
 * a simple indexed query. The site issues the same few dozen statements over
 * and over, so prepared statements are kept by their SQL text (bounded, least
 * recently used dropped first).
 */
export function withStatementCache(db: SqliteDatabase.Database, max = 500) {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => {
      cache.clear();
      db.close();
    },
    prepare(sql: string): SqliteDatabase.Statement {
      const hit = cache.get(sql);
      if (hit) {
        cache.delete(sql);
        cache.set(sql, hit);
        return hit;
      }
      const statement = db.prepare(sql);
      cache.set(sql, statement);
      if (cache.size > max) cache.delete(cache.keys().next().value as string);
      return statement;
    },
  };
}
