import assert from 'node:assert/strict';
import { test } from 'node:test';
import { changeOwnPassword } from '../../src/accounts/change-password.ts';
import { LOGIN_LIMITS } from '../../src/accounts/login-throttle.ts';
import { resolveSession } from '../../src/accounts/resolve-session.ts';
import { digestSecret } from '../../src/accounts/secret-token.ts';
import { signIn } from '../../src/accounts/sign-in.ts';
import { userActor } from '../../src/domain/user.ts';
import { isDatelineError } from '../../src/errors.ts';
import { listAuditRecords } from '../../src/store/repositories/audit-log-repository.ts';
import { describeEachStore } from '../support/test-stores.ts';
import { testContext } from '../support/test-context.ts';
import { KNOWN_PASSWORD, makeUser } from './account-fixtures.ts';

const codeOf = async (p: Promise<unknown>) => {
  try {
    await p;
    return 'ok';
  } catch (e) {
    return isDatelineError(e) ? e.code : 'crash';
  }
};

describeEachStore('signing in', (getStore) => {
  test('a right password opens a session kept only as a digest', async () => {
    const ctx = testContext(getStore());
    const user = await makeUser(ctx, 'editor');
    const { user: signed, session } = await signIn(ctx, { email: user.email.toUpperCase(), password: KNOWN_PASSWORD, ip: '203.0.113.5', userAgent: 'Firefox' });
    assert.equal(signed.id, user.id);
    assert.ok(signed.lastLoginAt);
    assert.match(session.sessionId, /^[A-Za-z0-9_-]{43}$/);
    const rows = await ctx.store.db.selectFrom('sessions').selectAll().where('user_id', '=', user.id).execute();
    assert.equal(rows.length, 1);
    assert.equal(rows[0].id_hash, digestSecret(session.sessionId));
    assert.ok(!JSON.stringify(rows).includes(session.sessionId));
    assert.equal((await resolveSession(ctx, session.sessionId))?.user.id, user.id);
  });

  test('a wrong password and an unknown address fail alike, and are audited', async () => {
    const ctx = testContext(getStore());
    const user = await makeUser(ctx, 'author');
    const wrong = await signIn(ctx, { email: user.email, password: 'not the password', ip: null, userAgent: null }).catch((e) => e);
    const unknown = await signIn(ctx, { email: 'ghost@newsroom.test', password: 'not the password', ip: null, userAgent: null }).catch((e) => e);
    assert.equal(wrong.code, 'unauthorized');
    assert.equal(unknown.code, 'unauthorized');
    assert.equal(wrong.message, unknown.message);
    const failed = await listAuditRecords(ctx.store.db, { action: 'session.sign-in-failed' }, 50);
    assert.ok(failed.some((r) => r.actor === user.email && r.targetId === String(user.id)));
    assert.ok(failed.some((r) => r.actor === 'ghost@newsroom.test' && r.targetId === null));
  });

  test('five wrong passwords lock the account for a while, even against the right one', async () => {
    const ctx = testContext(getStore());
    const user = await makeUser(ctx, 'author');
    for (let i = 0; i < LOGIN_LIMITS.perAccount; i++) {
      assert.equal(await codeOf(signIn(ctx, { email: user.email, password: `guess ${i}`, ip: null, userAgent: null })), 'unauthorized');
    }
    const locked = await signIn(ctx, { email: user.email, password: KNOWN_PASSWORD, ip: null, userAgent: null }).catch((e) => e);
    assert.equal(locked.code, 'rate-limited');
    assert.ok((locked.details.retryAfterSeconds as number) > 0 && (locked.details.retryAfterSeconds as number) <= 900);
    ctx.clock.advance(LOGIN_LIMITS.lockMs + 1000);
    assert.equal(await codeOf(signIn(ctx, { email: user.email, password: KNOWN_PASSWORD, ip: null, userAgent: null })), 'ok');
  });

  test('a good sign-in wipes the count of earlier failures', async () => {
    const ctx = testContext(getStore());
    const user = await makeUser(ctx, 'author');
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < LOGIN_LIMITS.perAccount - 1; i++) await codeOf(signIn(ctx, { email: user.email, password: 'wrong', ip: null, userAgent: null }));
      assert.equal(await codeOf(signIn(ctx, { email: user.email, password: KNOWN_PASSWORD, ip: null, userAgent: null })), 'ok');
    }
  });

  test('a burst of parallel guesses is cut off at the limit', async () => {
    const ctx = testContext(getStore());
    const user = await makeUser(ctx, 'author');
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => codeOf(signIn(ctx, { email: user.email, password: `burst ${i}`, ip: null, userAgent: null }))),
    );
    assert.ok(results.filter((r) => r === 'unauthorized').length <= LOGIN_LIMITS.perAccount, results.join(','));
    assert.ok(results.includes('rate-limited'));
  });

  test('one network address guessing across many accounts is stopped too', async () => {
    const ctx = testContext(getStore());
    const ip = '198.51.100.77';
    const outcomes: string[] = [];
    for (let i = 0; i <= LOGIN_LIMITS.perAddress; i++) {
      outcomes.push(await codeOf(signIn(ctx, { email: `nobody-${i}@newsroom.test`, password: 'spray', ip, userAgent: null })));
    }
    assert.equal(outcomes.at(-1), 'rate-limited');
    const user = await makeUser(ctx, 'author');
    assert.equal(await codeOf(signIn(ctx, { email: user.email, password: KNOWN_PASSWORD, ip, userAgent: null })), 'rate-limited');
    assert.equal(await codeOf(signIn(ctx, { email: user.email, password: KNOWN_PASSWORD, ip: '198.51.100.78', userAgent: null })), 'ok');
  });

  test('a disabled account cannot sign in, with the same answer as a wrong password', async () => {
    const ctx = testContext(getStore());
    const user = await makeUser(ctx, 'author');
    await ctx.store.db.updateTable('users').set({ disabled_at: ctx.now().getTime() }).where('id', '=', user.id).execute();
    const e = await signIn(ctx, { email: user.email, password: KNOWN_PASSWORD, ip: null, userAgent: null }).catch((x) => x);
    assert.equal(e.code, 'unauthorized');
    assert.equal(e.message, 'wrong email or password');
  });

  test('changing your password needs the current one, and ends your other sessions', async () => {
    const ctx = testContext(getStore());
    const user = await makeUser(ctx, 'contributor', { mustChangePassword: true });
    const first = await signIn(ctx, { email: user.email, password: KNOWN_PASSWORD, ip: null, userAgent: null });
    const second = await signIn(ctx, { email: user.email, password: KNOWN_PASSWORD, ip: null, userAgent: null });
    const actor = userActor(user, 'session', null);
    assert.equal(await codeOf(changeOwnPassword(ctx, actor, { currentPassword: 'wrong one', newPassword: 'a much better passphrase' })), 'invalid-input');
    assert.equal(await codeOf(changeOwnPassword(ctx, actor, { currentPassword: KNOWN_PASSWORD, newPassword: 'short' })), 'invalid-input');
    await changeOwnPassword(ctx, actor, {
      currentPassword: KNOWN_PASSWORD, newPassword: 'a much better passphrase', keepSessionIdHash: digestSecret(second.session.sessionId),
    });
    assert.equal(await resolveSession(ctx, first.session.sessionId), null);
    const kept = await resolveSession(ctx, second.session.sessionId);
    assert.equal(kept?.user.mustChangePassword, false);
    assert.equal(await codeOf(signIn(ctx, { email: user.email, password: KNOWN_PASSWORD, ip: null, userAgent: null })), 'unauthorized');
    assert.equal(await codeOf(signIn(ctx, { email: user.email, password: 'a much better passphrase', ip: null, userAgent: null })), 'ok');
  });
});
