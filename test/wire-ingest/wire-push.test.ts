import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { OPERATOR, makeUser, tokenFor } from '../accounts/account-fixtures.ts';
import { findApiTokenByHash } from '../../src/store/repositories/api-token-repository.ts';
import { findArticleByWireGuid } from '../../src/store/repositories/article-repository.ts';
import { digestSecret } from '../../src/accounts/secret-token.ts';
import { addWireSource } from '../../src/wire/sources/save-wire-source.ts';
import { describeEachStore } from '../support/test-stores.ts';
import { buildTestApp, type TestApp } from '../support/test-app.ts';
import { g2Story, ninjsStory, wireId } from './support/wire-kit.ts';

const PROVIDER = 'wire.test-agency.example';

describeEachStore('the wire push endpoints', (getStore) => {
  let t: TestApp;
  let pushToken: string;
  let untiedToken: string;
  let readToken: string;
  let sourceName: string;

  before(async () => {
    t = await buildTestApp(getStore());
    const editor = await makeUser(t.ctx, 'editor');
    pushToken = await tokenFor(t.ctx, editor, ['wire:push']);
    untiedToken = await tokenFor(t.ctx, editor, ['wire:push']);
    readToken = await tokenFor(t.ctx, editor, ['admin:read']);
    const token = await findApiTokenByHash(t.ctx.store.db, digestSecret(pushToken));
    sourceName = `pushed-${Date.now()}`;
    await addWireSource(t.ctx, OPERATOR, { name: sourceName, policy: 'hold', displaySource: 'TA', pushTokenId: token!.id });
  });
  after(() => t.close());

  const push = (path: string, body: string, headers: Record<string, string>) =>
    t.app.inject({ method: 'POST', url: `/api/wire/${path}`, payload: body, headers });
  const json = { 'content-type': 'application/json' };
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  it('takes a document from a token tied to a source, under that source\'s settings', async () => {
    const guid = wireId();
    const res = await push('ninjs', ninjsStory(guid, { version: '2' }), { ...json, ...bearer(pushToken) });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers['cache-control'], 'no-store');
    assert.deepEqual(res.json(), { source: sourceName, items: [{ guid, version: 2, action: 'created', url: null }] });
    const a = await findArticleByWireGuid(t.ctx.store.db, PROVIDER, guid);
    assert.equal(a?.status, 'draft', 'the source holds stories for an editor');
    assert.equal(a?.dateline?.source, 'TA');

    const again = await push('ninjs', ninjsStory(guid, { version: '2' }), { ...json, ...bearer(pushToken) });
    assert.deepEqual(again.json().items, [{ guid, version: 2, action: 'unchanged', url: null }]);
  });

  it('takes NewsML-G2 on its own endpoint', async () => {
    const guid = `urn:newsml:wire.test-agency.example:${Date.now()}:push`;
    const res = await push('newsml', g2Story(guid, { version: 4 }), { 'content-type': 'application/vnd.iptc.g2.newsitem+xml', ...bearer(pushToken) });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json().items, [{ guid, version: 4, action: 'created', url: null }]);
  });

  it('answers 422 with the reason when an item is rejected', async () => {
    const res = await push('ninjs', '{"uri": "x", "pubstatus": "cancelled"}', { ...json, ...bearer(pushToken) });
    assert.equal(res.statusCode, 422);
    assert.deepEqual(res.json().items, [
      { guid: 'x', version: null, action: 'rejected', url: null, error: 'pubstatus "cancelled" is not one of usable, withheld, canceled' },
    ]);
  });

  it('takes documents larger than the other APIs allow, up to the wire limit', async () => {
    const guid = wireId('long');
    const body = `<p>${'The inquiry heard from witnesses. '.repeat(60_000)}</p>`;
    const doc = ninjsStory(guid, { body_html: body });
    assert.ok(Buffer.byteLength(doc) > 1024 * 1024);
    const res = await push('ninjs', doc, { ...json, ...bearer(pushToken) });
    assert.equal(res.statusCode, 200, res.body.slice(0, 300));
  });

  it('lets in only a wire:push token tied to a source', async () => {
    const doc = ninjsStory(wireId());
    const anonymous = await push('ninjs', doc, json);
    assert.equal(anonymous.statusCode, 401);
    assert.match(String(anonymous.headers['www-authenticate']), /Bearer/);
    assert.equal((await push('ninjs', doc, { ...json, authorization: 'Bearer dl_not-a-token' })).statusCode, 401);
    const wrongScope = await push('ninjs', doc, { ...json, ...bearer(readToken) });
    assert.equal(wrongScope.statusCode, 403);
    const untied = await push('ninjs', doc, { ...json, ...bearer(untiedToken) });
    assert.equal(untied.statusCode, 403);
    assert.match(untied.json().error.message, /not tied to a wire source/);
  });

  it('refuses a body that is not what the endpoint takes', async () => {
    const xmlOnNinjs = await push('ninjs', g2Story('urn:x:1'), { 'content-type': 'application/xml', ...bearer(pushToken) });
    assert.equal(xmlOnNinjs.statusCode, 415);
    const jsonOnNewsml = await push('newsml', ninjsStory(wireId()), { 'content-type': 'application/xml', ...bearer(pushToken) });
    assert.equal(jsonOnNewsml.statusCode, 415);
    const form = await push('ninjs', ninjsStory(wireId()), { 'content-type': 'text/plain', ...bearer(pushToken) });
    assert.equal(form.statusCode, 415);
  });
});
