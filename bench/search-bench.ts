import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { searchArticles } from '../src/search/search-articles.ts';
import { searchIndexFor } from '../src/search/search-index-for.ts';
import { migrateToLatest } from '../src/store/migrate.ts';
import { openPostgresStore } from '../src/store/postgres/open-postgres-store.ts';
import { openSqliteStore } from '../src/store/sqlite/open-sqlite-store.ts';
import type { Store } from '../src/store/store.ts';
import { corpusQueries, insertSearchCorpus } from './search-corpus.ts';

export interface SearchBenchOptions {
  /** Stories to generate; default 100,000. */
  readonly articles?: number;
  /** Measured queries; default 300, after 30 unmeasured warm-up queries. */
  readonly queries?: number;
  /** PostgreSQL to measure too, or null to skip it; default DATELINE_BENCH_PG_URL, else the local test server. */
  readonly postgresUrl?: string | null;
}

export interface StoreSearchFigures {
  readonly store: 'sqlite' | 'postgres';
  readonly articles: number;
  /** Seconds to insert and index the corpus through the store's triggers. */
  readonly buildSeconds: number;
  readonly queries: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly maxMs: number;
  /** Mean matches per query, to show the queries are not trivially selective. */
  readonly meanTotal: number;
}

export interface SearchBenchResult {
  readonly stores: readonly StoreSearchFigures[];
  /** Why a store was not measured. */
  readonly skipped: readonly string[];
}

const CLOCK = Date.parse('2026-05-05T12:00:00Z');

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const round = (v: number) => Math.round(v * 100) / 100;

/** Times the whole search service per query (rank, count, load stories, snippets), first page of 20. */
async function measure(store: Store, name: 'sqlite' | 'postgres', count: number, queryCount: number): Promise<StoreSearchFigures> {
  const built = performance.now();
  await insertSearchCorpus(store, count, CLOCK);
  const buildSeconds = (performance.now() - built) / 1000;
  const index = searchIndexFor(store.dialect);
  const queries = corpusQueries(queryCount + 30);
  const now = new Date(CLOCK);
  const times: number[] = [];
  let totals = 0;
  for (const [i, q] of queries.entries()) {
    const t0 = performance.now();
    const found = await searchArticles(store.db, index, q, now, { limit: 20, offset: 0 });
    const ms = performance.now() - t0;
    if (i >= 30) {
      times.push(ms);
      totals += found.total;
    }
  }
  times.sort((a, b) => a - b);
  return {
    store: name,
    articles: count,
    buildSeconds: round(buildSeconds),
    queries: times.length,
    p50Ms: round(percentile(times, 50)),
    p95Ms: round(percentile(times, 95)),
    maxMs: round(times[times.length - 1]),
    meanTotal: Math.round(totals / times.length),
  };
}

async function reachable(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return null;
  } catch (e) {
    return `PostgreSQL at ${url} not reachable (${(e as Error).message})`;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Builds a generated archive (default 100,000 stories) in a fresh SQLite
 * store, and in a fresh PostgreSQL schema when a server answers, then
 * reports search latency percentiles per store.
 */
export async function benchSearch(options: SearchBenchOptions = {}): Promise<SearchBenchResult> {
  const count = options.articles ?? 100_000;
  const queryCount = options.queries ?? 300;
  const stores: StoreSearchFigures[] = [];
  const skipped: string[] = [];

  const dir = await mkdtemp(join(tmpdir(), 'dateline-search-bench-'));
  const sqlite = openSqliteStore({ dataDir: dir });
  try {
    await migrateToLatest(sqlite.db as never, sqlite.dialect, sqlite.schema);
    stores.push(await measure(sqlite, 'sqlite', count, queryCount));
  } finally {
    await sqlite.close();
    await rm(dir, { recursive: true, force: true });
  }

  const url = options.postgresUrl === undefined ? process.env.DATELINE_BENCH_PG_URL || 'postgres://postgres@127.0.0.1:5432/test' : options.postgresUrl;
  const unreachable = url === null ? 'PostgreSQL not configured' : await reachable(url);
  if (url === null || unreachable) {
    skipped.push(unreachable ?? 'PostgreSQL not configured');
    return { stores, skipped };
  }
  const schema = `bench_search_${process.pid}`;
  const postgres = await openPostgresStore({ url, schema, poolSize: 2 });
  try {
    await migrateToLatest(postgres.db as never, postgres.dialect, postgres.schema);
    stores.push(await measure(postgres, 'postgres', count, queryCount));
  } finally {
    await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(postgres.db).catch(() => {});
    await postgres.close();
  }
  return { stores, skipped };
}
