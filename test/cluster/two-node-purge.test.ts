import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { isRemoteChange } from '../../src/cluster/remote-change.ts';
import type { ChangeEvent } from '../../src/events/change-event.ts';
import { updateArticle } from '../../src/newsroom/update-article.ts';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store.ts';
import type { Store } from '../../src/store/store.ts';
import { makeArticle, makeSection } from '../support/factories.ts';
import { TestClock } from '../support/test-context.ts';
import { openTestStore, PG_URL, postgresSkipReason } from '../support/test-stores.ts';
import { buildCachedTestApp, type CachedTestApp } from '../cache/cached-test-app.ts';

/** Resolves with the first change from another node that `match` accepts; fails rather than hang. */
function nextRemote(node: CachedTestApp, match: (e: ChangeEvent) => boolean): Promise<ChangeEvent> {
  return new Promise((resolve, reject) => {
    const guard = setTimeout(() => {
      stop();
      reject(new Error('no change arrived from the other node within 15 s'));
    }, 15_000);
    const stop = node.ctx.bus.subscribe((e) => {
      if (isRemoteChange(e) && match(e)) {
        clearTimeout(guard);
        stop();
        resolve(e);
      }
    });
  });
}

describe('two nodes on one PostgreSQL store', { skip: postgresSkipReason ?? false }, () => {
  let opened: { store: Store; dispose: () => Promise<void> };
  let storeB: Store;
  let a: CachedTestApp;
  let b: CachedTestApp;
  const clock = new TestClock();

  before(async () => {
    opened = await openTestStore('postgres');
    storeB = await openPostgresStore({ url: PG_URL, schema: opened.store.schema, poolSize: 4 });
    a = await buildCachedTestApp(opened.store, { clock, databaseUrl: PG_URL });
    b = await buildCachedTestApp(storeB, { clock, databaseUrl: PG_URL });
    assert.ok(a.caching.relay?.listening && b.caching.relay?.listening);
    assert.notEqual(a.caching.relay.nodeId, b.caching.relay.nodeId);
  });
  after(async () => {
    await a?.close();
    await b?.close();
    await storeB?.close();
    await opened?.dispose();
  });

  it('a story published through node A replaces node B\'s cached pages', async () => {
    const sectionKnown = nextRemote(b, (e) => e.kind === 'sections.changed');
    const news = await makeSection(a.ctx, 'news');
    await sectionKnown;
    const olderKnown = nextRemote(b, (e) => e.kind === 'article.published');
    const older = await makeArticle(a.ctx, { sectionId: news.id, headline: 'Earlier story' });
    await olderKnown;
    // Each page asked for twice, so node B keeps it (PAGE_CACHE_MIN_USES), then answered from memory.
    for (const url of ['/', '/news/', '/feed/']) {
      assert.equal((await b.app.inject(url)).statusCode, 200, url);
      await b.app.inject(url);
      assert.equal((await b.app.inject(url)).headers['x-cache'], 'hit', url);
    }
    const olderPage = `/news/${older.slug}/`;
    await b.app.inject(olderPage);
    await b.app.inject(olderPage);

    const arrived = nextRemote(b, (e) => e.kind === 'article.published');
    const story = await makeArticle(a.ctx, { sectionId: news.id, headline: 'Flood warning lifted' });
    const event = await arrived;
    assert.equal(event.id, story.id);
    assert.ok(event.keys.includes(`a${story.id}`) && event.keys.includes('front'));

    for (const url of ['/', '/news/', '/feed/']) {
      const res = await b.app.inject(url);
      assert.equal(res.headers['x-cache'], 'miss', url);
      assert.match(res.body, /Flood warning lifted/, url);
    }
    const page = await b.app.inject(`/news/${story.slug}/`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Flood warning lifted/);

    // And back: an update through B reaches A.
    await a.app.inject(`/news/${story.slug}/`);
    await a.app.inject(`/news/${story.slug}/`);
    assert.equal((await a.app.inject(`/news/${story.slug}/`)).headers['x-cache'], 'hit');
    const updated = nextRemote(a, (e) => e.kind === 'article.updated' && e.id === story.id);
    await updateArticle(b.ctx, story.id, { headline: 'Flood warning lifted for good' }, { actor: null });
    await updated;
    assert.match((await a.app.inject(`/news/${story.slug}/`)).body, /Flood warning lifted for good/);
  });

  it('a node acts on the other\'s notices only, never its own', async () => {
    const seenOnA: ChangeEvent[] = [];
    const stop = a.ctx.bus.subscribe((e) => {
      if (isRemoteChange(e)) seenOnA.push(e);
    });
    try {
      const fromA = nextRemote(b, (e) => e.kind === 'article.published');
      const mine = await makeArticle(a.ctx, { headline: 'Made on A' });
      assert.equal((await fromA).id, mine.id);
      const fromB = nextRemote(a, (e) => e.kind === 'article.published');
      const theirs = await makeArticle(b.ctx, { headline: 'Made on B' });
      assert.equal((await fromB).id, theirs.id);
      // Notices reach every listener in commit order, so A's own would have come before B's.
      assert.deepEqual(seenOnA.filter((e) => e.kind.startsWith('article.')).map((e) => e.id), [theirs.id]);
    } finally {
      stop();
    }
  });

  it('after losing its listening connection a node drops its cache, listens again and follows the other node', async () => {
    const relay = a.caching.relay;
    assert.ok(relay);
    await a.app.inject('/');
    await a.app.inject('/');
    assert.ok(a.cache.stats().pages > 0);
    const pid = relay.backendPid;
    assert.ok(pid);
    const resynced = nextRemote(a, (e) => e.kind === 'settings.changed' && e.id === null);
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    try {
      await admin.query('select pg_terminate_backend($1)', [pid]);
    } finally {
      await admin.end();
    }
    await resynced;
    assert.ok(relay.listening);
    assert.notEqual(relay.backendPid, pid);
    assert.equal(a.cache.lookup('/'), undefined);

    await a.app.inject('/');
    const arrived = nextRemote(a, (e) => e.kind === 'article.published');
    const story = await makeArticle(b.ctx, { headline: 'After the reconnect' });
    assert.equal((await arrived).id, story.id);
    assert.match((await a.app.inject('/')).body, /After the reconnect/);
  });
});
