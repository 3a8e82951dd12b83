import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { migrateToLatest } from '../../src/store/migrate.ts';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.ts';

const root = new URL('../..', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'dateline-cli-'));

function dateline(args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, [join(root, 'bin/dateline.mjs'), ...args], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'silent', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function assertOneLine(r: { status: number | null; stderr: string }, pattern: RegExp) {
  assert.notEqual(r.status, 0);
  const lines = r.stderr.trim().split('\n').filter((l) => !/ExperimentalWarning|--trace-warnings|AWS SDK/.test(l));
  assert.equal(lines.length, 1, `one line, got: ${r.stderr}`);
  assert.match(lines[0], /^dateline: /);
  assert.match(lines[0], pattern);
  assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
}

describe('dateline serve refuses bad set-ups with one clear line', () => {
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('a bad PORT', () => {
    assertOneLine(dateline(['serve'], { PORT: 'eighty', DATELINE_DATA: join(tmp, 'a') }), /PORT must be a whole number/);
  });

  it('a data folder that cannot be created', () => {
    // Under a plain file no folder can be made, whoever runs the tests (root included).
    const file = join(tmp, 'plain-file');
    writeFileSync(file, 'x');
    assertOneLine(dateline(['serve'], { DATELINE_DATA: join(file, 'data') }), /cannot create the data folder/);
  });

  it('a data folder that is a file', () => {
    const file = join(tmp, 'not-a-folder');
    writeFileSync(file, 'x');
    assertOneLine(dateline(['serve'], { DATELINE_DATA: file }), /data folder/);
  });

  it('a corrupt database file', () => {
    const dir = join(tmp, 'corrupt');
    mkdirSync(dir);
    writeFileSync(join(dir, 'dateline.sqlite'), 'this is not a database, just text that goes on '.repeat(200));
    assertOneLine(dateline(['serve'], { DATELINE_DATA: dir }), /corrupt or not a Dateline store/);
  });

  it('an unreachable DATABASE_URL', () => {
    assertOneLine(dateline(['serve'], { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', DATELINE_DATA: join(tmp, 'b') }), /cannot reach PostgreSQL/);
  });

  it('a store made by a newer version', async () => {
    const dir = join(tmp, 'newer');
    const store = openSqliteStore({ dataDir: dir });
    await migrateToLatest(store.db as never, store.dialect);
    await store.db.insertInto('dateline_migration' as never).values({ name: '999-from-the-future', timestamp: new Date().toISOString() } as never).execute();
    await store.close();
    assertOneLine(dateline(['migrate'], { DATELINE_DATA: dir }), /newer version of Dateline/);
  });

  it('prints help for each command', () => {
    for (const args of [['--help'], ['serve', '--help'], ['migrate', '--help']]) {
      const r = dateline(args, {});
      assert.equal(r.status, 0);
      assert.match(r.stdout, /Usage: dateline/);
    }
  });

  it('migrates a new store and reports an up-to-date one', () => {
    const dir = join(tmp, 'fresh');
    assert.match(dateline(['migrate'], { DATELINE_DATA: dir }).stdout, /applied 001-core-content/);
    assert.match(dateline(['migrate'], { DATELINE_DATA: dir }).stdout, /up to date/);
  });
});
