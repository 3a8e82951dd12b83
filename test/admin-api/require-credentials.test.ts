import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import Fastify, { type FastifyInstance } from 'fastify';
import { requireCredentials } from '../../src/http/admin-api/authenticate.ts';
import { requestActor } from '../../src/http/admin-api/request-actor.ts';
import { handleErrors } from '../../src/http/handle-errors.ts';
import { describeEachStore } from '../support/test-stores.ts';
import { testContext } from '../support/test-context.ts';
import { makeUser, signedIn, tokenFor } from '../accounts/account-fixtures.ts';

/** How another plugin (the wire push endpoint) uses the authenticator. */
describeEachStore('token authentication for other endpoints', (getStore) => {
  let app: FastifyInstance;
  let ctx: ReturnType<typeof testContext>;

  before(async () => {
    ctx = testContext(getStore());
    app = Fastify();
    handleErrors(app, null);
    app.post('/api/wire/ninjs', { onRequest: requireCredentials(ctx, { scope: 'wire:push', permission: 'wire.manage' }) }, async (req) => ({
      acceptedFor: requestActor(req).label,
    }));
    await app.ready();
  });
  after(() => app.close());

  const push = (headers: Record<string, string>) => app.inject({ method: 'POST', url: '/api/wire/ninjs', headers, payload: { uri: 'x' } });

  test('a wire:push token gets in, acting as its owner', async () => {
    const editor = await makeUser(ctx, 'editor');
    const res = await push({ authorization: `Bearer ${await tokenFor(ctx, editor, ['wire:push'])}` });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().acceptedFor, editor.email);
  });

  test('other scopes, browser sessions and no credentials are refused', async () => {
    const admin = await makeUser(ctx, 'administrator');
    assert.equal((await push({ authorization: `Bearer ${await tokenFor(ctx, admin, ['admin:write'])}` })).statusCode, 403);
    const browser = await signedIn(ctx, admin);
    assert.equal((await push({ cookie: browser.cookie, 'x-csrf-token': browser.csrf })).statusCode, 401);
    assert.equal((await push({})).statusCode, 401);
    assert.equal((await push({ authorization: 'Basic dXNlcjpwYXNz' })).statusCode, 401);
  });

  test('a token stops pushing when its owner drops below editor', async () => {
    const editor = await makeUser(ctx, 'editor');
    const token = await tokenFor(ctx, editor, ['wire:push']);
    await ctx.store.db.updateTable('users').set({ role: 'author' }).where('id', '=', editor.id).execute();
    assert.equal((await push({ authorization: `Bearer ${token}` })).statusCode, 403);
  });
});
