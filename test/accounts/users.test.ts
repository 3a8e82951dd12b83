import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addUser } from '../../src/accounts/add-user.ts';
import { verifyPassword } from '../../src/accounts/password-hashing.ts';
import { resetPassword } from '../../src/accounts/reset-password.ts';
import { resolveSession } from '../../src/accounts/resolve-session.ts';
import { updateUser } from '../../src/accounts/update-user.ts';
import { userActor } from '../../src/domain/user.ts';
import { listAuditRecords } from '../../src/store/repositories/audit-log-repository.ts';
import { insertAuthor } from '../../src/store/repositories/author-repository.ts';
import { findCredentials } from '../../src/store/repositories/user-repository.ts';
import { describeEachStore } from '../support/test-stores.ts';
import { testContext } from '../support/test-context.ts';
import { makeUser, OPERATOR, signedIn } from './account-fixtures.ts';

const rejects = (code: string) => (e: unknown) => (e as { code?: string }).code === code;

describeEachStore('user accounts', (getStore) => {
  test('a new account gets a one-time password, stored only as an argon2id hash', async () => {
    const ctx = testContext(getStore());
    const { user, oneTimePassword } = await addUser(ctx, OPERATOR, { email: '  Dana.Whitfield@KQBX.test ', role: 'editor' });
    assert.equal(user.email, 'dana.whitfield@kqbx.test');
    assert.equal(user.name, 'dana.whitfield');
    assert.equal(user.mustChangePassword, true);
    assert.ok(!('passwordHash' in user) && !('password_hash' in user), 'no hash on the user value');
    const stored = await findCredentials(ctx.store.db, 'dana.whitfield@kqbx.test');
    assert.match(stored!.passwordHash, /^\$argon2id\$/);
    assert.ok(!stored!.passwordHash.includes(oneTimePassword));
    assert.equal(await verifyPassword(stored!.passwordHash, oneTimePassword), true);
    const [audit] = await listAuditRecords(ctx.store.db, { action: 'user.create', targetId: String(user.id) }, 5);
    assert.equal(audit.actor, 'cli:test');
    assert.deepEqual(audit.details, { email: 'dana.whitfield@kqbx.test', role: 'editor' });
    assert.ok(!JSON.stringify(audit).includes(oneTimePassword));
  });

  test('refuses a second account for the same address, a bad address and an unknown role', async () => {
    const ctx = testContext(getStore());
    const existing = await makeUser(ctx, 'author');
    await assert.rejects(addUser(ctx, OPERATOR, { email: existing.email.toUpperCase(), role: 'author' }), rejects('conflict'));
    await assert.rejects(addUser(ctx, OPERATOR, { email: 'not-an-address', role: 'author' }), rejects('invalid-input'));
    await assert.rejects(addUser(ctx, OPERATOR, { email: 'x@newsroom.test', role: 'owner' }), rejects('invalid-input'));
  });

  test('only an administrator may manage accounts', async () => {
    const ctx = testContext(getStore());
    const editor = await makeUser(ctx, 'editor');
    await assert.rejects(addUser(ctx, userActor(editor, 'session', null), { email: 'new@newsroom.test', role: 'contributor' }), rejects('forbidden'));
    await assert.rejects(updateUser(ctx, userActor(editor, 'session', null), editor.id, { role: 'administrator' }), rejects('forbidden'));
  });

  test('disabling ends every session of the account; enabling lets it back', async () => {
    const ctx = testContext(getStore());
    const reporter = await makeUser(ctx, 'author');
    const browser = await signedIn(ctx, reporter);
    assert.ok(await resolveSession(ctx, browser.sessionId));
    const disabled = await updateUser(ctx, OPERATOR, reporter.email, { disabled: true });
    assert.equal(disabled.disabled, true);
    assert.equal(await resolveSession(ctx, browser.sessionId), null);
    const enabled = await updateUser(ctx, OPERATOR, reporter.id, { disabled: false });
    assert.equal(enabled.disabled, false);
    const actions = (await listAuditRecords(ctx.store.db, { targetType: 'user', targetId: String(reporter.id) }, 10)).map((r) => r.action);
    assert.deepEqual(actions, ['user.enable', 'user.disable']);
  });

  test('the last active administrator can be neither demoted nor disabled', async () => {
    // A store of its own: other tests here create administrators too.
    const ctx = testContext(getStore());
    const admins = await ctx.store.db.selectFrom('users').select('id').where('role', '=', 'administrator').execute();
    for (const a of admins) await ctx.store.db.updateTable('users').set({ role: 'editor' }).where('id', '=', a.id).execute();
    const only = await makeUser(ctx, 'administrator');
    await assert.rejects(updateUser(ctx, OPERATOR, only.id, { role: 'editor' }), rejects('conflict'));
    await assert.rejects(updateUser(ctx, OPERATOR, only.id, { disabled: true }), rejects('conflict'));
    const second = await makeUser(ctx, 'administrator');
    const demoted = await updateUser(ctx, OPERATOR, only.id, { role: 'editor' });
    assert.equal(demoted.role, 'editor');
    await assert.rejects(updateUser(ctx, OPERATOR, second.id, { disabled: true }), rejects('conflict'));
  });

  test('a reset replaces the password with a one-time one and ends sessions', async () => {
    const ctx = testContext(getStore());
    const user = await makeUser(ctx, 'contributor');
    const browser = await signedIn(ctx, user);
    const { user: reset, oneTimePassword } = await resetPassword(ctx, OPERATOR, user.email);
    assert.equal(reset.mustChangePassword, true);
    assert.equal(await resolveSession(ctx, browser.sessionId), null);
    const stored = await findCredentials(ctx.store.db, user.email);
    assert.equal(await verifyPassword(stored!.passwordHash, oneTimePassword), true);
  });

  test('an account can be linked to a byline record that exists', async () => {
    const ctx = testContext(getStore());
    const author = await insertAuthor(ctx.store.db, { slug: `riley-${Date.now()}`, name: 'Riley Ng', title: null, bio: null });
    const { user } = await addUser(ctx, OPERATOR, { email: `riley-${Date.now()}@newsroom.test`, role: 'author', name: 'Riley Ng', authorId: author.id });
    assert.equal(user.authorId, author.id);
    assert.equal(user.name, 'Riley Ng');
    await assert.rejects(updateUser(ctx, OPERATOR, user.id, { authorId: 999_999 }), rejects('invalid-input'));
  });

  test('names a missing account plainly', async () => {
    const ctx = testContext(getStore());
    await assert.rejects(updateUser(ctx, OPERATOR, 'nobody@newsroom.test', { disabled: true }), rejects('not-found'));
  });
});
