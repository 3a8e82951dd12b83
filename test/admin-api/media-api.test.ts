import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import sharp from 'sharp';
import { keys } from '../../src/domain/surrogate-keys.ts';
import { listAuditRecords } from '../../src/store/repositories/audit-log-repository.ts';
import { makeArticle } from '../support/factories.ts';
import { buildTestApp, type TestApp } from '../support/test-app.ts';
import { describeEachStore } from '../support/test-stores.ts';
import { type BrowserSession, makeUser, signedIn } from '../accounts/account-fixtures.ts';

const photo = (colour: string) => sharp({ create: { width: 800, height: 450, channels: 3, background: colour } }).jpeg().toBuffer();

describeEachStore('the picture library through the admin API', (getStore) => {
  let t: TestApp;
  let editor: BrowserSession;
  let contributor: BrowserSession;

  before(async () => {
    t = await buildTestApp(getStore());
    editor = await signedIn(t.ctx, await makeUser(t.ctx, 'editor'));
    contributor = await signedIn(t.ctx, await makeUser(t.ctx, 'contributor'));
  });
  after(async () => {
    await t.close();
  });

  const upload = (who: BrowserSession, bytes: Buffer, query = '', type = 'image/jpeg') =>
    t.app.inject({ method: 'POST', url: `/api/admin/media${query}`, headers: { cookie: who.cookie, 'x-csrf-token': who.csrf, 'content-type': type }, payload: bytes });

  test('an upload is stored once, with its words, and shows in the library search', async () => {
    const bytes = await photo('#3366aa');
    const first = await upload(contributor, bytes, '?alt=Blue%20water%20tower&caption=The%20tower%20at%20dawn&credit=Staff');
    assert.equal(first.statusCode, 201, first.body);
    const asset = first.json().data;
    assert.equal(first.json().created, true);
    assert.equal(asset.alt, 'Blue water tower');
    assert.equal(asset.caption, 'The tower at dawn');
    assert.match(asset.url, /^\/media\/[0-9a-f]{64}\/w\d+\.jpg$/);
    assert.deepEqual(asset.focal, { x: 0.5, y: 0.5 });

    const again = await upload(contributor, bytes);
    assert.equal(again.json().created, false);
    assert.equal(again.json().data.id, asset.id, 'the same picture is one asset');

    const found = await t.app.inject({ url: '/api/admin/media?q=water%20tower', headers: { cookie: contributor.cookie } });
    assert.deepEqual(found.json().data.map((a: { id: number }) => a.id), [asset.id]);
    const audit = await listAuditRecords(t.ctx.store.db, { action: 'media.upload', targetId: String(asset.id) }, 5);
    assert.equal(audit.length, 1);
  });

  test('what is not a picture is refused, whatever its header says', async () => {
    const res = await upload(contributor, Buffer.from('<svg onload="alert(1)"></svg>'));
    assert.equal(res.statusCode, 415, res.body);
    const wrongType = await upload(contributor, await photo('#000'), '', 'application/pdf');
    assert.equal(wrongType.statusCode, 415);
  });

  test('editing words and focal point purges the pages that show the picture; contributors may not', async () => {
    const asset = (await upload(editor, await photo('#aa5533'), '?alt=Red%20barn')).json().data;
    const story = await makeArticle(t.ctx, { leadMediaId: asset.id });
    const denied = await t.app.inject({
      method: 'PATCH', url: `/api/admin/media/${asset.id}`, headers: { cookie: contributor.cookie, 'x-csrf-token': contributor.csrf }, payload: { caption: 'x' },
    });
    assert.equal(denied.statusCode, 403);

    t.ctx.events.length = 0;
    const res = await t.app.inject({
      method: 'PATCH', url: `/api/admin/media/${asset.id}`, headers: { cookie: editor.cookie, 'x-csrf-token': editor.csrf },
      payload: { alt: 'A red barn <b>at noon</b>', caption: 'The Olsen barn', credit: null, focal: { x: 0.25, y: 0.75 } },
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().data.alt, 'A red barn at noon', 'markup is stripped from the words');
    assert.deepEqual(res.json().data.focal, { x: 0.25, y: 0.75 });
    assert.match(res.json().data.cardUrl, /-f250-750\.jpg$/, 'the card crop follows the focal point');
    const event = t.ctx.events.find((e) => e.kind === 'media.changed');
    assert.ok(event?.keys.includes(keys.article(story.id)), 'the story page leading with it is purged');

    const out = await t.app.inject({
      method: 'PATCH', url: `/api/admin/media/${asset.id}`, headers: { cookie: editor.cookie, 'x-csrf-token': editor.csrf }, payload: { focal: { x: 2, y: 0 } },
    });
    assert.equal(out.statusCode, 400);
  });
});
