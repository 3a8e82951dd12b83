import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { verifyPassword } from '../../src/accounts/password-hashing.ts';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.ts';
import { findCredentials } from '../../src/store/repositories/user-repository.ts';
import { listAuditRecords } from '../../src/store/repositories/audit-log-repository.ts';

const HARNESS = new URL('./cli-harness.ts', import.meta.url).pathname;

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The command line against the embedded store in one temporary data folder. */
describe('dateline user and token commands', () => {
  let dataDir: string;
  before(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'dateline-cli-'));
  });
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  const dateline = (...args: string[]) =>
    new Promise<Run>((resolve) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', HARNESS, ...args],
        { env: { ...process.env, DATELINE_DATA: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' }, timeout: 30_000 },
        (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      );
    });

  const stored = async <T>(fn: (store: ReturnType<typeof openSqliteStore>) => Promise<T>) => {
    const store = openSqliteStore({ dataDir });
    try {
      return await fn(store);
    } finally {
      await store.close();
    }
  };

  // Each run starts a Node process (about two seconds), so independent runs go in parallel.
  let firstPassword = '';

  test('user add prints only the one-time password on stdout, and it works', async () => {
    const run = await dateline('user', 'add', 'Dana@KQBX.test', '--role', 'editor', '--name', 'Dana Whitfield');
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^[a-z2-9]{5}(-[a-z2-9]{5}){3}\n$/);
    assert.match(run.stderr, /created editor dana@kqbx\.test/);
    firstPassword = run.stdout.trim();
    const hash = await stored(async (s) => (await findCredentials(s.db, 'dana@kqbx.test'))!.passwordHash);
    assert.match(hash, /^\$argon2id\$/);
    assert.equal(await verifyPassword(hash, firstPassword), true);
  });

  test('failures are one line and a non-zero exit; lists come as a table or JSON lines', async () => {
    const [again, badRole, table, json] = await Promise.all([
      dateline('user', 'add', 'dana@kqbx.test', '--role', 'author'),
      dateline('user', 'add', 'x@kqbx.test', '--role', 'wizard'),
      dateline('user', 'list'),
      dateline('user', 'list', '--json'),
    ]);
    assert.equal(again.code, 1);
    assert.equal(again.stderr, 'dateline: there is already an account for dana@kqbx.test\n');
    assert.equal(again.stdout, '');
    assert.notEqual(badRole.code, 0);
    assert.match(badRole.stderr, /Allowed choices are contributor, author, editor, administrator/);

    assert.equal(table.code, 0);
    assert.match(table.stdout, /^ID\s+EMAIL\s+ROLE/);
    assert.match(table.stdout, /dana@kqbx\.test\s+editor\s+one-time password\s+never\s+Dana Whitfield/);
    const rows = json.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(rows.map((r) => [r.email, r.role, r.mustChangePassword]), [['dana@kqbx.test', 'editor', true]]);
    assert.ok(!json.stdout.includes('argon2'));
  });

  test('token create prints the token once; list shows only its hint; revoke stops it', async () => {
    const created = await dateline('token', 'create', '--user', 'dana@kqbx.test', '--name', 'AP push', '--scope', 'wire:push,content:read', '--expires-in', '90');
    assert.equal(created.code, 0, created.stderr);
    const token = created.stdout.trim();
    assert.match(token, /^dl_[A-Za-z0-9_-]{43}$/);
    const list = await dateline('token', 'list');
    assert.match(list.stdout, /active\s+dana@kqbx\.test\s+wire:push,content:read/);
    assert.ok(list.stdout.includes(`${token.slice(0, 9)}...`));
    assert.ok(!list.stdout.includes(token));
    const id = /^(\d+)\s/.exec(list.stdout.split('\n')[1])![1];
    const revoked = await dateline('token', 'revoke', id);
    assert.equal(revoked.stdout, `revoked token ${id} "AP push"\n`);
    assert.match((await dateline('token', 'list', '--json')).stdout, /"hint":"dl_\S{6}".*"state":"revoked"/);
  });

  test('reset-password and disable act at once and are audited as the command line', async () => {
    const reset = await dateline('user', 'reset-password', 'dana@kqbx.test');
    assert.equal(reset.code, 0);
    const second = reset.stdout.trim();
    assert.notEqual(second, firstPassword);
    const disabled = await dateline('user', 'disable', 'dana@kqbx.test');
    assert.equal(disabled.stdout, 'disabled dana@kqbx.test\n');
    const audit = await stored(async (s) => {
      const hash = (await findCredentials(s.db, 'dana@kqbx.test'))!.passwordHash;
      assert.equal(await verifyPassword(hash, second), true);
      assert.equal(await verifyPassword(hash, firstPassword), false);
      return listAuditRecords(s.db, {}, 20);
    });
    assert.deepEqual(audit.map((a) => a.action).slice(0, 4), ['user.disable', 'user.reset-password', 'token.revoke', 'token.create']);
    assert.ok(audit.every((a) => a.via === 'cli' && a.actor.startsWith('cli:')));
  });
});
