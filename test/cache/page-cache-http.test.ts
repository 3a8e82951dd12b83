import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { updateArticle } from '../../src/newsroom/update-article.ts';
import { tagReply } from '../../src/http/surrogate-headers.ts';
import { makeArticle, makeSection } from '../support/factories.ts';
import { openTestStore } from '../support/test-stores.ts';
import { buildCachedTestApp, type CachedTestApp } from './cached-test-app.ts';

describe('page cache over HTTP', () => {
  let t: CachedTestApp;
  let dispose: () => Promise<void>;
  let renders = 0;
  let gate: Promise<void> = Promise.resolve();

  before(async () => {
    const opened = await openTestStore('sqlite');
    dispose = opened.dispose;
    t = await buildCachedTestApp(opened.store);
    // Probe routes: count renders and hold them until the test lets go.
    t.app.get('/probe/tagged/', async (_req, reply) => {
      renders += 1;
      await gate;
      tagReply(reply, ['probe']);
      return reply.type('text/plain').send(`render ${renders}`);
    });
    t.app.get('/probe/untagged/', async (_req, reply) => {
      renders += 1;
      await gate;
      return reply.type('text/plain').send('not cacheable');
    });
    t.app.get('/probe/cookie/', async (_req, reply) => {
      renders += 1;
      tagReply(reply, ['probe']);
      return reply.header('set-cookie', 'seen=1').type('text/plain').send('personal');
    });
  });
  after(async () => {
    await t.close();
    await dispose();
  });

  it('keeps a tagged page from its second request and answers the next from memory with the same bytes', async () => {
    const a = await makeArticle(t.ctx, { headline: 'Library reopens' });
    const section = (await t.ctx.store.db.selectFrom('sections').select('path').where('id', '=', a.sectionId).executeTakeFirstOrThrow()).path;
    const url = `/${section}/${a.slug}/`;
    const first = await t.app.inject(url);
    assert.equal(first.statusCode, 200);
    assert.equal(first.headers['x-cache'], 'miss');
    assert.equal(t.cache.lookup(url), undefined, 'a page asked for once is not kept');
    const miss = await t.app.inject(url);
    assert.equal(miss.headers['x-cache'], 'miss');
    assert.ok(t.cache.lookup(url), 'kept from its second request');
    assert.equal(miss.body, first.body);
    assert.equal(miss.headers.etag, first.headers.etag);
    assert.match(miss.headers.etag as string, /^"[A-Za-z0-9_-]{27}"$/);
    assert.equal(miss.headers['last-modified'], new Date('2026-05-05T12:00:00Z').toUTCString());
    assert.equal(miss.headers.vary, 'accept-encoding');
    const hit = await t.app.inject(url);
    assert.equal(hit.statusCode, 200);
    assert.equal(hit.headers['x-cache'], 'hit');
    assert.equal(hit.body, miss.body);
    assert.equal(hit.headers.etag, miss.headers.etag);
    assert.equal(hit.headers['content-type'], miss.headers['content-type']);
    assert.equal(hit.headers['cache-control'], miss.headers['cache-control']);
    assert.equal(hit.headers['surrogate-key'], miss.headers['surrogate-key']);
    assert.equal(hit.headers.xkey, miss.headers.xkey);
    assert.equal(hit.headers['content-security-policy'], miss.headers['content-security-policy']);
    assert.equal(Number(hit.headers['content-length']), Buffer.byteLength(miss.body));
    assert.match(hit.headers['cache-control'] as string, /s-maxage=\d+/);
    assert.match(hit.headers['cache-control'] as string, /stale-while-revalidate=\d+/);
  });

  it('answers 304 to a matching If-None-Match or If-Modified-Since, and 200 otherwise', async () => {
    const first = await t.app.inject('/feed/');
    const etag = first.headers.etag as string;
    const lastModified = first.headers['last-modified'] as string;
    const byTag = await t.app.inject({ url: '/feed/', headers: { 'if-none-match': `"other", W/${etag}` } });
    assert.equal(byTag.statusCode, 304);
    assert.equal(byTag.body, '');
    assert.equal(byTag.headers.etag, etag);
    assert.ok(byTag.headers['cache-control']);
    const byDate = await t.app.inject({ url: '/feed/', headers: { 'if-modified-since': lastModified } });
    assert.equal(byDate.statusCode, 304);
    const changed = await t.app.inject({ url: '/feed/', headers: { 'if-none-match': '"something-else"' } });
    assert.equal(changed.statusCode, 200);
    assert.equal(changed.body, first.body);
    const older = await t.app.inject({ url: '/feed/', headers: { 'if-modified-since': new Date(Date.parse(lastModified) - 60_000).toUTCString() } });
    assert.equal(older.statusCode, 200);
  });

  it('answers HEAD from the stored page without a body', async () => {
    await t.app.inject('/api/v1/sections');
    const get = await t.app.inject('/api/v1/sections');
    const head = await t.app.inject({ method: 'HEAD', url: '/api/v1/sections' });
    assert.equal(head.statusCode, 200);
    assert.equal(head.headers['x-cache'], 'hit');
    assert.equal(head.body, '');
    assert.equal(head.headers['content-length'], String(Buffer.byteLength(get.body)));
  });

  it('gives content-API answers a cache policy of their own', async () => {
    const res = await t.app.inject('/api/v1/articles');
    assert.equal(res.statusCode, 200);
    assert.match(res.headers['cache-control'] as string, /^public, .*s-maxage=\d+.*stale-while-revalidate=\d+/);
  });

  it('serves gzip to clients that accept it once the compressed copy is made', async () => {
    await t.app.inject('/');
    const plain = await t.app.inject('/');
    assert.equal(plain.statusCode, 200);
    const page = t.cache.lookup('/');
    assert.ok(page);
    const first = await t.app.inject({ url: '/', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    assert.equal(first.headers['content-encoding'], undefined, 'answered plain while compressing');
    for (let i = 0; i < 100 && page.gzip === null; i++) await new Promise((r) => setTimeout(r, 10));
    const zipped = await t.app.inject({ url: '/', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    assert.equal(zipped.headers['content-encoding'], 'gzip');
    assert.equal(zipped.headers.vary, 'accept-encoding');
    assert.notEqual(zipped.headers.etag, plain.headers.etag);
    assert.equal(gunzipSync(zipped.rawPayload).toString(), plain.body);
    const refused = await t.app.inject({ url: '/', headers: { 'accept-encoding': 'gzip;q=0, identity' } });
    assert.equal(refused.headers['content-encoding'], undefined);
    assert.equal(refused.body, plain.body);
  });

  it('purges exactly the keys a change touches', async () => {
    const news = await makeSection(t.ctx, 'news');
    const sports = await makeSection(t.ctx, 'sports');
    const a = await makeArticle(t.ctx, { sectionId: news.id, headline: 'Council meets' });
    const b = await makeArticle(t.ctx, { sectionId: sports.id, headline: 'Hawks win' });
    const urls = {
      pageA: `/news/${a.slug}/`,
      pageB: `/sports/${b.slug}/`,
      apiA: `/api/v1/articles/${a.id}`,
      apiB: `/api/v1/articles/${b.id}`,
      home: '/',
      feed: '/feed/',
      sitemap: '/news-sitemap.xml',
      sections: '/api/v1/sections',
    };
    for (const url of Object.values(urls)) assert.equal((await t.app.inject(url)).statusCode, 200, url);
    for (const url of Object.values(urls)) await t.app.inject(url);
    for (const url of Object.values(urls)) assert.equal((await t.app.inject(url)).headers['x-cache'], 'hit', url);

    await updateArticle(t.ctx, a.id, { headline: 'Council meets late' }, { actor: null });

    const after = async (url: string) => (await t.app.inject(url)).headers['x-cache'];
    // Pages readers asked for are kept again from the render after the purge.
    for (const url of [urls.pageA, urls.apiA, urls.home, urls.feed, urls.sitemap]) assert.equal(await after(url), 'miss', `${url} shows the story`);
    for (const url of [urls.pageA, urls.apiA, urls.home, urls.feed, urls.sitemap]) assert.equal(await after(url), 'hit', url);
    for (const url of [urls.apiB, urls.sections]) assert.equal(await after(url), 'hit', `${url} does not show it`);
    assert.match((await t.app.inject(urls.pageA)).body, /Council meets late/);

    // A change naming only B's key leaves A's page alone.
    await t.ctx.bus.publish([{ kind: 'article.changed', id: b.id, keys: [`a${b.id}`], at: t.ctx.now() }]);
    assert.equal(await after(urls.pageB), 'miss');
    assert.equal(await after(urls.pageA), 'hit');
  });

  it('renders a cold page once for a burst of concurrent requests', async () => {
    renders = 0;
    let release!: () => void;
    gate = new Promise((r) => (release = r));
    const burst = Array.from({ length: 12 }, () => t.app.inject('/probe/tagged/'));
    for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
    release();
    const answers = await Promise.all(burst);
    assert.equal(renders, 1);
    assert.ok(answers.every((r) => r.statusCode === 200 && r.body === 'render 1'));
    assert.equal(answers.filter((r) => r.headers['x-cache'] === 'miss').length, 1);
    assert.equal(answers.filter((r) => r.headers['x-cache'] === 'hit').length, 11);
  });

  it('lets waiting requests render for themselves when the first answer cannot be kept', async () => {
    renders = 0;
    let release!: () => void;
    gate = new Promise((r) => (release = r));
    const burst = Array.from({ length: 4 }, () => t.app.inject('/probe/untagged/'));
    for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
    release();
    const answers = await Promise.all(burst);
    assert.ok(answers.every((r) => r.statusCode === 200 && r.body === 'not cacheable' && r.headers['x-cache'] === undefined));
    assert.equal(renders, 4);
  });

  it('never keeps answers that set a cookie, private paths, other methods or requests with credentials', async () => {
    renders = 0;
    await t.app.inject('/probe/cookie/');
    const again = await t.app.inject('/probe/cookie/');
    assert.equal(renders, 2);
    assert.equal(again.headers['x-cache'], undefined);

    for (const url of ['/search?q=council', '/healthz']) {
      await t.app.inject(url);
      assert.notEqual((await t.app.inject(url)).headers['x-cache'], 'hit', url);
    }
    await t.app.inject('/api/v1/series');
    const withToken = await t.app.inject({ url: '/api/v1/series', headers: { authorization: 'Bearer abc' } });
    assert.equal(withToken.headers['x-cache'], undefined);
    const post = await t.app.inject({ method: 'POST', url: '/beacon', payload: { id: 1 } });
    assert.equal(post.statusCode, 204);
    assert.equal(post.headers['x-cache'], undefined);
    assert.equal(t.cache.lookup('/search?q=council'), undefined);
    assert.equal(t.cache.lookup('/healthz'), undefined);
  });

  it('keeps one page for the readers of a story shared with tracking parameters', async () => {
    const a = await makeArticle(t.ctx, { headline: 'Storm closes schools' });
    const section = (await t.ctx.store.db.selectFrom('sections').select('path').where('id', '=', a.sectionId).executeTakeFirstOrThrow()).path;
    const url = `/${section}/${a.slug}/`;
    const first = await t.app.inject(`${url}?utm_source=facebook&utm_medium=social&fbclid=IwAR1`);
    assert.equal(first.statusCode, 200);
    assert.equal((await t.app.inject(`${url}?fbclid=IwAR2`)).headers['x-cache'], 'miss');
    for (const shared of [url, `${url}?fbclid=IwAR3`, `${url}?utm_source=newsletter&mc_cid=7`]) {
      const res = await t.app.inject(shared);
      assert.equal(res.headers['x-cache'], 'hit', shared);
      assert.equal(res.body, first.body, shared);
    }
    assert.ok(t.cache.lookup(url));
    assert.equal(t.cache.lookup(`${url}?fbclid=IwAR3`), undefined, 'stored once, under the URL without tracking');
  });

  it('renders pages asked for once without keeping them, so a crawl of the archive leaves the pages readers share in the cache', async () => {
    const crawled = async (minUses: string) => {
      const small = await buildCachedTestApp(t.ctx.store, { env: { PAGE_CACHE_MB: '1', PAGE_CACHE_MIN_USES: minUses } });
      try {
        // 30 archive pages of 50 KB: more than the whole 1 MB cache.
        small.app.get('/probe/archive/:n/', async (_req, reply) => {
          tagReply(reply, ['archive']);
          return reply.type('text/html').send('x'.repeat(50_000));
        });
        for (let i = 0; i < 3; i++) await small.app.inject('/');
        assert.equal((await small.app.inject('/')).headers['x-cache'], 'hit');
        for (let n = 0; n < 30; n++) {
          const res = await small.app.inject(`/probe/archive/${n}/`);
          assert.equal(res.statusCode, 200);
          assert.equal(res.body.length, 50_000);
        }
        return { home: (await small.app.inject('/')).headers['x-cache'], stats: small.cache.stats() };
      } finally {
        await small.close();
      }
    };
    const once = await crawled('2');
    assert.equal(once.home, 'hit');
    assert.equal(once.stats.evicted, 0);
    assert.equal(once.stats.pages, 1);
    // Keeping every page from its first render, the same crawl pushes the home page out.
    const always = await crawled('1');
    assert.equal(always.home, 'miss');
    assert.ok(always.stats.evicted > 0);
  });

  it('answers hits on the listening server before routing', async () => {
    let routed = 0;
    const fresh = await buildCachedTestApp(t.ctx.store);
    fresh.app.addHook('onRequest', (_req, _reply, done) => {
      routed += 1;
      done();
    });
    await fresh.app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const base = `http://127.0.0.1:${(fresh.app.server.address() as { port: number }).port}`;
      await (await fetch(`${base}/feed/`)).arrayBuffer();
      const miss = await fetch(`${base}/feed/`);
      const missBody = await miss.text();
      assert.equal(miss.headers.get('x-cache'), 'miss');
      assert.equal(routed, 2);
      const hit = await fetch(`${base}/feed/`);
      assert.equal(hit.headers.get('x-cache'), 'hit');
      assert.equal(await hit.text(), missBody);
      const notModified = await fetch(`${base}/feed/`, { headers: { 'if-none-match': miss.headers.get('etag') as string } });
      assert.equal(notModified.status, 304);
      assert.equal(routed, 2, 'hits never reached the framework');
    } finally {
      await fresh.close();
    }
  });
});
