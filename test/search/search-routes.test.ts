import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, it } from 'node:test';
import { changeArticleStatus } from '../../src/newsroom/change-article-status.ts';
import { makeArticle, makeSection } from '../support/factories.ts';
import { buildTestApp, type TestApp } from '../support/test-app.ts';
import { describeEachStore } from '../support/test-stores.ts';

const uniqueWord = () => `zq${randomUUID().replace(/[^a-f]/g, '').slice(0, 10)}`;

describeEachStore('search over HTTP', (getStore) => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp(getStore());
  });
  after(async () => t.close());

  it('renders the search page with linked, highlighted results, never cached', async () => {
    const w = uniqueWord();
    const section = await makeSection(t.ctx, `news-${w}`, 'News');
    const a = await makeArticle(t.ctx, { sectionId: section.id, headline: `Levee ${w} holds`, bodyHtml: `<p>The ${w} levee held overnight.</p>` });
    const res = await t.app.inject(`/search?q=${encodeURIComponent(`${w} levee`)}`);
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['cache-control'], 'no-store');
    assert.match(res.body, /<p role="status">1 result for “[^”]+”<\/p>/);
    assert.ok(res.body.includes(`href="/news-${w}/${a.slug}/"`));
    assert.ok(res.body.includes(`<mark>${w}</mark>`));
  });

  it('shows the prompt without a query, escapes a hostile query, and 404s past the last page', async () => {
    const blank = await t.app.inject('/search');
    assert.equal(blank.statusCode, 200);
    assert.match(blank.body, /Type a word or phrase to search/);
    const hostile = await t.app.inject(`/search?q=${encodeURIComponent('"><script>alert(1)</script> NEAR( "')}`);
    assert.equal(hostile.statusCode, 200);
    assert.doesNotMatch(hostile.body, /<script>alert/);
    assert.equal((await t.app.inject(`/search?q=${uniqueWord()}&page=2`)).statusCode, 404);
  });

  it('takes a killed story out of the page and the API at once', async () => {
    const w = uniqueWord();
    const a = await makeArticle(t.ctx, { headline: `Recall ${w} issued` });
    assert.equal((await t.app.inject(`/api/v1/search?q=${w}`)).json().total, 1);
    await changeArticleStatus(t.ctx, a.id, { kind: 'kill' }, null);
    const api = (await t.app.inject(`/api/v1/search?q=${w}`)).json();
    assert.deepEqual([api.total, api.data.length], [0, 0]);
    assert.match((await t.app.inject(`/search?q=${w}`)).body, /No stories match/);
  });

  it('answers the content API with public fields, a snippet and paging', async () => {
    const w = uniqueWord();
    const section = await makeSection(t.ctx);
    for (let i = 0; i < 3; i++) await makeArticle(t.ctx, { sectionId: section.id, headline: `Market ${w} day ${i}`, bodyHtml: `<p>Stalls &amp; ${w} vendors.</p>` });
    const res = await t.app.inject(`/api/v1/search?q=${w}&limit=2`);
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['cache-control'], 'no-store');
    const body = res.json();
    assert.equal(body.total, 3);
    assert.equal(body.page, 1);
    assert.equal(body.nextPage, 2);
    assert.equal(body.data.length, 2);
    assert.match(body.data[0].headline, new RegExp(`Market ${w} day`));
    assert.equal(body.data[0].snippetHtml, `Stalls &amp; <mark>${w}</mark> vendors.`);
    assert.equal(body.data[0].bodyHtml, undefined);
    const second = (await t.app.inject(`/api/v1/search?q=${w}&limit=2&page=2`)).json();
    assert.deepEqual([second.data.length, second.nextPage], [1, null]);
  });

  it('refuses a content API search without words', async () => {
    for (const q of ['', '?q=', '?q=%22%20*']) {
      const res = await t.app.inject(`/api/v1/search${q}`);
      assert.equal(res.statusCode, 400, q);
    }
    assert.equal((await t.app.inject('/api/v1/search?q=x&page=0')).statusCode, 400);
  });
});
