import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { changeArticleStatus } from '../../src/newsroom/change-article-status.ts';
import { updateArticle } from '../../src/newsroom/update-article.ts';
import { makeArticle, makeSection } from '../support/factories.ts';
import { buildTestApp, type TestApp } from '../support/test-app.ts';
import { describeEachStore } from '../support/test-stores.ts';

describeEachStore('public site over HTTP', (getStore) => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp(getStore());
  });
  after(async () => t.close());

  it('answers /healthz with ok', async () => {
    const res = await t.app.inject('/healthz');
    assert.equal(res.statusCode, 200);
    assert.equal(res.body, 'ok');
  });

  it('serves a published story with its parts, and surrogate keys', async () => {
    const section = await makeSection(t.ctx, 'news/national-world', 'National & World');
    const a = await makeArticle(t.ctx, {
      sectionId: section.id,
      headline: 'Mayor opens new bridge',
      dek: 'The span links both banks.',
      byline: 'By JANE ROE, Prairie Wire Service',
      dateline: { place: 'MOSCOW', source: 'PWS' },
      bodyHtml: '<p>The bridge opened Tuesday.</p><p>Traffic was light.</p>',
      rights: { copyrightNotice: 'Copyright 2026 Prairie Wire Service. All rights reserved.', usageTerms: 'This material may not be published.' },
      tagNames: ['Bridges'],
    });
    const res = await t.app.inject(`/news/national-world/${a.slug}/`);
    assert.equal(res.statusCode, 200);
    assert.match(res.headers['content-type'] as string, /text\/html/);
    assert.match(res.body, /<h1[^>]*>Mayor opens new bridge<\/h1>/);
    assert.match(res.body, /MOSCOW \(PWS\) —/);
    assert.match(res.body, /Copyright 2026 Prairie Wire Service/);
    assert.match(res.body, /<time datetime="/);
    assert.ok((res.headers['surrogate-key'] as string).split(' ').includes(`a${a.id}`));
  });

  it('answers 404 for drafts, 410 for killed stories, and 301 from an old slug', async () => {
    const section = await makeSection(t.ctx, 'news');
    const draft = await makeArticle(t.ctx, { sectionId: section.id }, { status: 'draft' });
    assert.equal((await t.app.inject(`/news/${draft.slug}/`)).statusCode, 404);
    const killed = await makeArticle(t.ctx, { sectionId: section.id });
    await changeArticleStatus(t.ctx, killed.id, { kind: 'kill' }, null);
    const gone = await t.app.inject(`/news/${killed.slug}/`);
    assert.equal(gone.statusCode, 410);
    assert.doesNotMatch(gone.body, new RegExp(killed.headline));
    const moved = await makeArticle(t.ctx, { sectionId: section.id, slug: 'first-name' });
    await updateArticle(t.ctx, moved.id, { slug: 'second-name' }, { actor: null });
    const r = await t.app.inject('/news/first-name/');
    assert.equal(r.statusCode, 301);
    assert.equal(r.headers.location, '/news/second-name/');
    assert.equal((await t.app.inject('/news/second-name')).statusCode, 301, 'slashless path redirects');
  });

  it('escapes a hostile headline everywhere', async () => {
    const section = await makeSection(t.ctx, 'news');
    const a = await makeArticle(t.ctx, { sectionId: section.id, headline: '"><img src=x onerror=alert(1)> <script>alert(1)</script>' });
    for (const path of [`/news/${a.slug}/`, '/', '/news/', '/feed/', '/api/v1/articles']) {
      const res = await t.app.inject(path);
      assert.equal(res.statusCode, 200, path);
      assert.doesNotMatch(res.body, /<script>alert|<img src=x/, path);
    }
  });

  it('serves feeds a feed reader parses and sitemaps an XML parser reads', async () => {
    const section = await makeSection(t.ctx, 'sports');
    const a = await makeArticle(t.ctx, { sectionId: section.id, headline: 'Tigers win the title & the cup' });
    const rss = await t.app.inject('/feed/');
    assert.equal(rss.statusCode, 200);
    const feed = await new Parser().parseString(rss.body);
    assert.ok(feed.items.some((i) => i.title === 'Tigers win the title & the cup'));
    const sectionFeed = await new Parser().parseString((await t.app.inject('/sports/feed/')).body);
    assert.ok(sectionFeed.items.every((i) => i.link?.includes('/sports/')));
    const atom = await t.app.inject('/feed/atom/');
    assert.ok((await new Parser().parseString(atom.body)).items.length > 0);
    const json = JSON.parse((await t.app.inject('/feed/json/')).body);
    assert.equal(json.version, 'https://jsonfeed.org/version/1.1');

    const index = await t.app.inject('/sitemap.xml');
    assert.equal(XMLValidator.validate(index.body), true);
    const parsed = new XMLParser().parse(index.body);
    const parts = [parsed.sitemapindex.sitemap].flat().map((s: { loc: string }) => new URL(s.loc).pathname);
    assert.ok(parts.includes('/sitemaps/articles-1.xml'));
    const articles = new XMLParser().parse((await t.app.inject('/sitemaps/articles-1.xml')).body);
    assert.ok([articles.urlset.url].flat().some((u: { loc: string }) => u.loc.endsWith(`/sports/${a.slug}/`)));
    const news = await t.app.inject('/news-sitemap.xml');
    assert.equal(XMLValidator.validate(news.body), true);
    assert.match(news.body, /Tigers win the title &amp; the cup/);
    assert.equal((await t.app.inject('/sitemaps/articles-99.xml')).statusCode, 404);
    assert.match((await t.app.inject('/robots.txt')).body, /Sitemap: .*\/sitemap\.xml/);
  });

  it('serves the content API with filters, cursors, guid lookup and public data only', async () => {
    const section = await makeSection(t.ctx, 'weather');
    const made = [];
    for (let i = 0; i < 5; i++) {
      t.clock.advance(1000);
      made.push(await makeArticle(t.ctx, { sectionId: section.id }));
    }
    const first = JSON.parse((await t.app.inject('/api/v1/articles?section=weather&limit=2')).body);
    assert.equal(first.data.length, 2);
    assert.equal(first.data[0].id, made[4].id);
    assert.equal(first.data[0].bodyHtml, undefined, 'lists carry no bodies');
    const second = JSON.parse((await t.app.inject(`/api/v1/articles?section=weather&limit=2&cursor=${first.nextCursor}`)).body);
    assert.deepEqual(second.data.map((d: { id: number }) => d.id), [made[2].id, made[1].id]);
    const one = JSON.parse((await t.app.inject(`/api/v1/articles/${made[0].id}`)).body);
    assert.equal(one.data.headline, made[0].headline);
    assert.ok(one.data.bodyHtml);
    await changeArticleStatus(t.ctx, made[0].id, { kind: 'kill' }, null);
    assert.equal((await t.app.inject(`/api/v1/articles/${made[0].id}`)).statusCode, 410);
    const wire = await makeArticle(t.ctx, { sectionId: section.id }, { origin: { kind: 'wire', provider: 'pws', guid: 'urn:pws:test:1', version: 1, etag: null } });
    const byGuid = JSON.parse((await t.app.inject('/api/v1/articles?guid=urn:pws:test:1')).body);
    assert.deepEqual(byGuid.data.map((d: { id: number }) => d.id), [wire.id]);
    const bad = await t.app.inject('/api/v1/articles?limit=5000');
    assert.equal(bad.statusCode, 400);
    assert.equal(JSON.parse(bad.body).error.code, 'invalid-input');
    assert.equal((await t.app.inject('/api/v1/articles?cursor=garbage')).statusCode, 400);
    assert.equal((await t.app.inject('/api/v1/nothing')).statusCode, 404);
  });

  it('counts beacon views from readers but not from bots', async () => {
    const a = await makeArticle(t.ctx);
    const send = (ua: string) =>
      t.app.inject({ method: 'POST', url: '/beacon', headers: { 'content-type': 'text/plain', 'user-agent': ua }, payload: JSON.stringify({ id: a.id }) });
    assert.equal((await send('Mozilla/5.0 (X11; Linux x86_64) Firefox/130.0')).statusCode, 204);
    assert.equal((await send('Googlebot/2.1')).statusCode, 204);
    await t.deps.views.flush();
    const rows = await getStore().db.selectFrom('page_views').selectAll().where('article_id', '=', a.id).execute();
    assert.equal(rows.reduce((n, r) => n + Number(r.views), 0), 1);
    const trending = JSON.parse((await t.app.inject('/api/v1/trending')).body);
    assert.ok(Array.isArray(trending.data));
  });

  it('answers unknown pages with the site-styled 404', async () => {
    const res = await t.app.inject('/no/such/page/');
    assert.equal(res.statusCode, 404);
    assert.match(res.headers['content-type'] as string, /text\/html/);
    assert.match(res.body, /<html/);
  });
});
