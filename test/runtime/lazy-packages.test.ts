import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../support/run-dateline.ts';

/*
 * Image work, password hashing, S3 and PostgreSQL are loaded when first
 * needed: a server on SQLite with media on disk answers readers without
 * them. Checked in a process of its own, whose module cache holds only what
 * the server loaded; the same check then loads each package, to show that it
 * would have seen them.
 */
const LAZY = ['sharp', '@node-rs/argon2', '@aws-sdk/client-s3', 'pg'];

const script = `
import { createRequire } from 'node:module';
import { readConfig } from './src/config.ts';
import { createRuntime } from './src/runtime.ts';
import { buildApp } from './src/http/build-app.ts';
import { hashPassword } from './src/accounts/password-hashing.ts';
import { loadSharp } from './src/media/load-sharp.ts';
import { loadPg } from './src/store/postgres/load-pg.ts';

const cache = createRequire(process.cwd() + '/').cache;
const lazy = ${JSON.stringify(LAZY)};
const loaded = () => lazy.filter((name) => Object.keys(cache).some((path) => path.includes('/node_modules/' + name + '/')));

const runtime = await createRuntime(readConfig({ DATELINE_DATA: process.env.DATA_DIR, DATELINE_DEMO: 'false', LOG_LEVEL: 'silent' }));
const app = await buildApp(runtime, { pageCache: runtime.caching.pageCache });
const statuses = [];
for (const url of ['/', '/search?q=weather', '/feed/', '/sitemap.xml', '/api/v1/articles', '/no-such-page/']) statuses.push((await app.inject(url)).statusCode);
const serving = loaded();
await Promise.all([hashPassword('correct horse battery staple'), loadSharp(), loadPg(), import('@aws-sdk/client-s3')]);
const afterUse = loaded();
await app.close();
await runtime.close();
process.stdout.write(JSON.stringify({ statuses, serving, afterUse }));
`;

test('a server on SQLite answers readers without loading image, password, S3 or PostgreSQL packages', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'dateline-lazy-'));
  try {
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: repoRoot,
      env: { ...process.env, DATA_DIR: dataDir },
      encoding: 'utf8',
      timeout: 60_000,
    });
    assert.equal(run.status, 0, run.stderr);
    const result = JSON.parse(run.stdout) as { statuses: number[]; serving: string[]; afterUse: string[] };
    assert.deepEqual(result.statuses, [200, 200, 200, 200, 200, 404]);
    assert.deepEqual(result.serving, []);
    assert.deepEqual(result.afterUse, LAZY);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
