import { Kysely, PostgresDialect, sql } from 'kysely';
import type pg from 'pg';
import { DatelineError } from '../../errors.ts';
import type { Database } from '../database.ts';
import type { Store } from '../store.ts';
import { postgresDialect } from '../store-dialect.ts';
import { loadPg } from './load-pg.ts';

const INT8_OID = 20;
const NUMERIC_OID = 1700;

/** Epoch-ms times and counts arrive as int8; they fit a double, so read them as numbers. */
function numericTypes(builtIn: typeof pg.types): pg.CustomTypesConfig {
  return {
    getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
      oid === INT8_OID || oid === NUMERIC_OID ? (v: string) => Number(v) : builtIn.getTypeParser(oid, format)) as pg.CustomTypesConfig['getTypeParser'],
  };
}

export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://(unparseable URL)';
  }
}

export interface PostgresStoreOptions {
  readonly url: string;
  /** Schema to use instead of `public` (created when missing); lets several stores share one database. */
  readonly schema?: string;
  readonly poolSize?: number;
}

/** Connects to PostgreSQL and checks it answers, so a bad URL fails at start with one clear line. */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<Store> {
  if (options.schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(options.schema)) {
    throw new DatelineError('config', `invalid PostgreSQL schema name: ${options.schema}`);
  }
  const pg = await loadPg();
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 5000,
    types: numericTypes(pg.types),
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  // An idle client that loses its server must not crash the process.
  pool.on('error', () => {});
  const location = redactUrl(options.url);
  try {
    const client = await pool.connect();
    try {
      if (options.schema) await client.query(`create schema if not exists ${options.schema}`);
      await client.query('select 1');
    } finally {
      client.release();
    }
  } catch (e) {
    await pool.end().catch(() => {});
    throw new DatelineError('store-unavailable', `cannot reach PostgreSQL at ${location}: ${(e as Error).message}`, { cause: e });
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    dialect: postgresDialect,
    schema: options.schema ?? 'public',
    location: options.schema ? `${location} (schema ${options.schema})` : location,
    transaction: (fn) => db.transaction().execute(fn),
    async ping() {
      await sql`select 1`.execute(db);
    },
    async close() {
      await db.destroy();
    },
  };
}
