import pg from 'pg';

/**
 * A PostgreSQL database of its own for the multi-node measurement, made on
 * the server named by DATELINE_BENCH_PG_URL (or the test server's URL) and
 * dropped afterwards. Null, with the reason, when no server answers.
 */
export async function createBenchDatabase(): Promise<{ url: string; drop: () => Promise<void> } | { skipped: string }> {
  const base = process.env.DATELINE_BENCH_PG_URL || process.env.DATELINE_TEST_PG_URL || 'postgres://postgres@127.0.0.1:5432/test';
  const name = `dateline_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: base, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
    await admin.query(`create database ${name}`);
  } catch (e) {
    await admin.end().catch(() => {});
    return { skipped: `not measured: PostgreSQL not reachable at ${base} (${(e as Error).message})` };
  }
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      try {
        await c.query(`drop database if exists ${name} with (force)`);
      } finally {
        await c.end();
      }
    },
  };
}
