import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { sanitizedHtmlToText } from '../../domain/sanitize-html.ts';
import { DatelineError } from '../../errors.ts';
import type { Database } from '../database.ts';
import type { Store } from '../store.ts';
import { withStatementCache } from './statement-cache.ts';
import { sqliteDialect } from '../store-dialect.ts';

export const SQLITE_FILE_NAME = 'dateline.sqlite';

function ensureWritableFolder(dataDir: string): void {
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (e) {
    throw new DatelineError('store-unavailable', `cannot create the data folder ${dataDir}: ${(e as Error).message}`, { cause: e });
  }
  if (!statSync(dataDir).isDirectory()) {
    throw new DatelineError('store-unavailable', `the data folder ${dataDir} is not a folder`);
  }
  try {
    accessSync(dataDir, constants.W_OK | constants.R_OK);
  } catch (e) {
    throw new DatelineError('store-unavailable', `the data folder ${dataDir} is not writable`, { cause: e });
  }
}

/** Opens (creating if needed) the embedded store: one SQLite file in WAL mode under the data folder. */
export function openSqliteStore(options: { dataDir: string; fileName?: string }): Store {
  ensureWritableFolder(options.dataDir);
  const file = join(options.dataDir, options.fileName ?? SQLITE_FILE_NAME);
  let raw: SqliteDatabase.Database;
  try {
    raw = new SqliteDatabase(file);
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = NORMAL');
    raw.pragma('foreign_keys = ON');
    raw.pragma('busy_timeout = 5000');
    // The search triggers (migration 007) take a body's plain text from the one function that makes it.
    raw.function('dateline_body_text', { deterministic: true }, (html: unknown) => sanitizedHtmlToText(typeof html === 'string' ? html : ''));
    // A quick structural check: a damaged or foreign file fails here, not mid-request.
    raw.prepare('select count(*) from sqlite_master').get();
  } catch (e) {
    const code = (e as { code?: string }).code;
    const why =
      code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT'
        ? 'is corrupt or not a Dateline store'
        : code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY'
          ? 'cannot be opened for writing'
          : `cannot be opened (${(e as Error).message})`;
    throw new DatelineError('store-unavailable', `the database file ${file} ${why}`, { cause: e });
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(raw) }) });
  return {
    db,
    dialect: sqliteDialect,
    location: file,
    schema: undefined,
    transaction: (fn) => db.transaction().execute(fn),
    async ping() {
      await sql`select 1`.execute(db);
    },
    async close() {
      await db.destroy();
    },
  };
}
