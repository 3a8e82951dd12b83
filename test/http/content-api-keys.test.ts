import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { createApiToken } from '../../src/accounts/create-api-token.ts';
import { SYSTEM_ACTOR } from '../../src/domain/actor.ts';
import { makeUser } from '../accounts/account-fixtures.ts';
import { makeArticle } from '../support/factories.ts';
import { buildTestApp, type TestApp } from '../support/test-app.ts';
import { describeEachStore } from '../support/test-stores.ts';

describeEachStore('content API keys when required', (getStore) => {
  let t: TestApp;
  let token: string;
  let adminToken: string;
  before(async () => {
    t = await buildTestApp(getStore(), undefined, { CONTENT_API_KEYS: 'required' });
    const user = await makeUser(t.ctx, 'contributor');
    token = (await createApiToken(t.ctx, SYSTEM_ACTOR, { user: user.id, name: 'app', scopes: ['content:read'] })).token;
    adminToken = (await createApiToken(t.ctx, SYSTEM_ACTOR, { user: user.id, name: 'desk', scopes: ['admin:read'] })).token;
    await makeArticle(t.ctx);
  });
  after(async () => t.close());

  it('refuses callers without a key and serves callers with one', async () => {
    const anonymous = await t.app.inject('/api/v1/articles');
    assert.equal(anonymous.statusCode, 401);
    assert.equal(JSON.parse(anonymous.body).error.code, 'unauthorized');
    const keyed = await t.app.inject({ url: '/api/v1/articles', headers: { authorization: `Bearer ${token}` } });
    assert.equal(keyed.statusCode, 200);
    assert.ok(JSON.parse(keyed.body).data.length >= 1);
  });

  it('refuses a key of another scope and a made-up key', async () => {
    assert.equal((await t.app.inject({ url: '/api/v1/sections', headers: { authorization: `Bearer ${adminToken}` } })).statusCode, 403);
    assert.equal((await t.app.inject({ url: '/api/v1/sections', headers: { authorization: 'Bearer dl_not_a_real_token' } })).statusCode, 401);
  });

  it('leaves the public site open', async () => {
    assert.equal((await t.app.inject('/')).statusCode, 200);
  });
});
