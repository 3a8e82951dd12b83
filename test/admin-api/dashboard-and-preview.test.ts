import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { HOUR_MS } from '../../src/domain/trending-score.ts';
import { addPageViews } from '../../src/store/repositories/page-view-repository.ts';
import { readSiteSettings, writeSiteSettings } from '../../src/store/repositories/settings-repository.ts';
import { makeArticle, makeSection } from '../support/factories.ts';
import { buildTestApp, type TestApp } from '../support/test-app.ts';
import { describeEachStore } from '../support/test-stores.ts';
import { type BrowserSession, makeUser, signedIn } from '../accounts/account-fixtures.ts';

describeEachStore('the dashboard and story preview', (getStore) => {
  let t: TestApp;
  let editor: BrowserSession;
  let contributor: BrowserSession;
  const get = (who: BrowserSession, url: string) => t.app.inject({ url: `/api/admin${url}`, headers: { cookie: who.cookie } });

  before(async () => {
    t = await buildTestApp(getStore());
    // 2026-05-05 12:00 UTC is 07:00 in Chicago, so the last hours of the UTC day before are still "yesterday" there.
    t.clock.set('2026-05-05T12:00:00Z');
    await writeSiteSettings(t.ctx.store.db, { ...(await readSiteSettings(t.ctx.store.db)), timeZone: 'America/Chicago' });
    editor = await signedIn(t.ctx, await makeUser(t.ctx, 'editor'));
    contributor = await signedIn(t.ctx, await makeUser(t.ctx, 'contributor'));
  });
  after(async () => {
    await t.close();
  });

  test('counts views per calendar day in the site time zone, shows what is scheduled and what is read', async () => {
    const read = await makeArticle(t.ctx, { headline: 'Bridge reopens after repairs' });
    const now = t.clock.now().getTime();
    await addPageViews(t.ctx.store.db, [
      { articleId: read.id, bucketStart: Date.parse('2026-05-05T11:00:00Z'), views: 30 },
      { articleId: read.id, bucketStart: Date.parse('2026-05-05T04:00:00Z'), views: 7 },
      { articleId: read.id, bucketStart: Date.parse('2026-04-29T06:00:00Z'), views: 5 },
      { articleId: read.id, bucketStart: Date.parse('2026-04-28T06:00:00Z'), views: 1000 },
    ]);
    const scheduled = await makeArticle(t.ctx, { headline: 'Fair opens Friday' }, { publishedAt: new Date(now + 5 * HOUR_MS) });
    const draft = await makeArticle(t.ctx, { headline: 'Budget draft' }, { status: 'draft' });

    const res = await get(editor, '/dashboard');
    assert.equal(res.statusCode, 200, res.body);
    const d = res.json().data;
    assert.deepEqual(d.views.map((v: { date: string }) => v.date), ['2026-04-29', '2026-04-30', '2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05']);
    assert.deepEqual(d.views.map((v: { views: number }) => v.views), [5, 0, 0, 0, 0, 7, 30], 'an hour counts for the local day it starts in; older days are left out');
    assert.deepEqual(d.scheduled.map((a: { id: number }) => a.id), [scheduled.id]);
    assert.ok(d.inProgress.some((a: { id: number }) => a.id === draft.id));
    assert.equal(d.trending[0].id, read.id);
    assert.equal(d.trending[0].viewsLast24Hours, 37);
    assert.equal(typeof d.wireQueue.held, 'number');

    const limited = (await get(contributor, '/dashboard')).json().data;
    assert.deepEqual(limited.wireQueue, { held: 0, latest: [] }, 'the wire queue is for editors');
  });

  test('previews a draft as its public page, which the public site does not serve', async () => {
    const section = await makeSection(t.ctx, 'news/preview-desk', 'Preview desk');
    const draft = await makeArticle(t.ctx, { headline: 'Council weighs new transit line', sectionId: section.id, bodyHtml: '<p>The vote is next week.</p>' }, { status: 'draft' });
    const res = await get(contributor, `/articles/${draft.id}/preview`);
    assert.equal(res.statusCode, 200, res.body);
    assert.match(String(res.headers['content-type']), /^text\/html/);
    assert.equal(res.headers['cache-control'], 'no-store');
    assert.match(res.body, /<h1>Council weighs new transit line<\/h1>/);
    assert.match(res.body, /The vote is next week\./);
    assert.equal((await t.app.inject(`/news/preview-desk/${draft.slug}/`)).statusCode, 404);
    assert.equal((await t.app.inject(`/api/admin/articles/${draft.id}/preview`)).statusCode, 401);
  });
});
