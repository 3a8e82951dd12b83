import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { describeEachStore } from '../support/test-stores.ts';
import { testContext } from '../support/test-context.ts';
import { makeUser, signedIn } from '../accounts/account-fixtures.ts';
import { buildAdminTestApp, type Caller, type CapturedLog, caller } from './admin-test-app.ts';

describeEachStore('people and tokens through the admin API', (getStore) => {
  let app: FastifyInstance;
  let log: CapturedLog;
  let ctx: ReturnType<typeof testContext>;
  let admin: Caller;
  const answers: string[] = [];
  const secrets: string[] = [];

  before(async () => {
    ctx = testContext(getStore());
    ({ app, log } = await buildAdminTestApp(ctx));
    const session = await signedIn(ctx, await makeUser(ctx, 'administrator'));
    secrets.push(session.sessionId);
    const plain = caller(app, session);
    admin = async (...args) => {
      const res = await plain(...args);
      answers.push(res.body);
      return res;
    };
  });
  after(() => app.close());

  test('an administrator opens an account; the newcomer signs in with the one-time password and must replace it', async () => {
    const created = await admin('POST', '/users', { email: 'Reporter@Station.test', role: 'author', name: 'Riley Reporter' });
    assert.equal(created.statusCode, 201, created.body);
    const { user, oneTimePassword } = created.json().data;
    secrets.push(oneTimePassword);
    assert.equal(user.email, 'reporter@station.test');
    assert.equal(user.mustChangePassword, true);
    assert.equal((await admin('POST', '/users', { email: 'reporter@station.test', role: 'author' })).statusCode, 409);

    const signIn = await app.inject({ method: 'POST', url: '/api/admin/session', payload: { email: 'reporter@station.test', password: oneTimePassword } });
    assert.equal(signIn.statusCode, 200);
    assert.equal(signIn.json().data.mustChangePassword, true);

    const listed = (await admin('GET', '/users')).json().data as { email: string }[];
    assert.ok(listed.some((u) => u.email === 'reporter@station.test'));

    const reset = await admin('POST', `/users/${user.id}/reset-password`);
    assert.equal(reset.statusCode, 200);
    assert.notEqual(reset.json().data.oneTimePassword, oneTimePassword);
    secrets.push(reset.json().data.oneTimePassword);
    const cookie = String(signIn.headers['set-cookie']).split(';')[0];
    assert.equal((await app.inject({ method: 'GET', url: '/api/admin/session', headers: { cookie } })).statusCode, 401, 'a reset ends sessions');
  });

  test('roles change and accounts are disabled, never silently: it is all in the audit log', async () => {
    const person = await makeUser(ctx, 'contributor');
    const browser = caller(app, await signedIn(ctx, person));
    assert.equal((await admin('PATCH', `/users/${person.id}`, { role: 'author' })).json().data.role, 'author');
    assert.equal((await admin('PATCH', `/users/${person.id}`, { role: 'owner' })).statusCode, 400);
    assert.equal((await admin('PATCH', `/users/${person.id}`, { disabled: true })).json().data.disabled, true);
    assert.equal((await browser('GET', '/articles')).statusCode, 401, 'a disabled account is signed out at once');
    const audit = (await admin('GET', `/audit?targetType=user&targetId=${person.id}`)).json().data as { action: string; details: unknown }[];
    assert.deepEqual(audit.map((a) => a.action), ['user.disable', 'user.update']);
    assert.deepEqual(audit[1].details, { role: { from: 'contributor', to: 'author' } });
  });

  test('a token is shown once, works as a bearer, lists without its value, and dies when revoked', async () => {
    const owner = await makeUser(ctx, 'editor');
    const created = await admin('POST', '/tokens', { userId: owner.id, name: 'Newsroom dashboard', scopes: ['admin:read'] });
    assert.equal(created.statusCode, 201, created.body);
    const { token, id, hint } = created.json().data;
    secrets.push(token);
    assert.ok(token.startsWith(hint));

    const bearer = caller(app, { token });
    assert.equal((await bearer('GET', '/articles')).statusCode, 200);
    const me = (await bearer('GET', '/session')).json().data;
    assert.equal(me.via, 'token');
    assert.equal(me.csrfToken, null);
    assert.deepEqual(me.scopes, ['admin:read']);
    assert.equal((await bearer('POST', '/lists', { name: 'Nope' })).statusCode, 403, 'read scope cannot change things');

    const listed = await admin('GET', `/tokens?userId=${owner.id}`);
    assert.equal(listed.json().data[0].id, id);
    assert.equal(listed.json().data[0].active, true);
    assert.ok(!listed.body.includes(token));

    const revoked = await admin('DELETE', `/tokens/${id}`);
    assert.equal(revoked.json().data.active, false);
    assert.equal((await bearer('GET', '/articles')).statusCode, 401);
  });

  test('the audit log pages backwards', async () => {
    const first = (await admin('GET', '/audit?limit=2')).json().data as { id: number }[];
    assert.equal(first.length, 2);
    const next = (await admin('GET', `/audit?limit=2&before=${first[1].id}`)).json().data as { id: number }[];
    assert.ok(next.every((e) => e.id < first[1].id));
  });

  test('no password, token, session id or hash in any answer after the one that created it, or in the log', () => {
    const later = answers.filter((a) => !a.includes('oneTimePassword') && !a.includes('"token":"dl_'));
    for (const secret of secrets) {
      assert.ok(!later.some((a) => a.includes(secret)), 'a secret reappeared in an answer');
      assert.ok(!log.text().includes(secret), 'a secret reached the log');
    }
    assert.ok(!answers.join('').includes('$argon2'));
  });
});
