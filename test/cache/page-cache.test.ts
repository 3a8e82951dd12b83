import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PageCache, type PageToStore } from '../../src/cache/page-cache.ts';
import type { CachedPage } from '../../src/cache/cached-page.ts';
import { strongEtag } from '../../src/cache/etag.ts';

function fixture(options: { maxBytes?: number; ttlMs?: number; graceMs?: number } = {}) {
  let t = 1_000_000;
  const cache = new PageCache({ maxBytes: options.maxBytes ?? 1 << 20, ttlMs: options.ttlMs ?? 60_000, graceMs: options.graceMs ?? 30_000, now: () => t });
  const page = (url: string, keys: string[], body = `<p>${url}</p>`): PageToStore => {
    const bytes = Buffer.from(body);
    return { url, headers: { 'content-type': 'text/html', 'surrogate-key': keys.join(' ') }, body: bytes, etag: strongEtag(bytes), lastModifiedMs: t, keys, ticket: cache.ticket() };
  };
  return { cache, page, advance: (ms: number) => (t += ms) };
}

describe('page cache', () => {
  it('keeps a page by URL with replayable headers and validators', () => {
    const { cache, page } = fixture();
    const stored = cache.store(page('/news/a/', ['a1', 's1']));
    assert.ok(stored);
    const found = cache.lookup('/news/a/');
    assert.equal(found, stored);
    assert.equal(found.body.toString(), '<p>/news/a/</p>');
    const headers = Object.fromEntries(Array.from({ length: found.identityHeaders.length / 2 }, (_, i) => [found.identityHeaders[2 * i], found.identityHeaders[2 * i + 1]]));
    assert.equal(headers['content-type'], 'text/html');
    assert.equal(headers['content-length'], String(found.body.length));
    assert.equal(headers.etag, found.etag);
    assert.equal(headers.vary, 'accept-encoding');
    assert.equal(headers['last-modified'], new Date(1_000_000).toUTCString());
    assert.equal(cache.lookup('/news/b/'), undefined);
  });

  it('purges exactly the pages tagged with the purged keys', () => {
    const { cache, page } = fixture();
    cache.store(page('/news/a/', ['a1', 's1', 'front']));
    cache.store(page('/news/b/', ['a2', 's1']));
    cache.store(page('/sports/c/', ['a3', 's2']));
    cache.store(page('/', ['front', 'latest']));
    assert.equal(cache.purge(['a1']), 1);
    assert.equal(cache.lookup('/news/a/'), undefined);
    assert.ok(cache.lookup('/news/b/'));
    assert.equal(cache.purge(['s1', 'latest']), 2);
    assert.deepEqual(['/news/b/', '/', '/sports/c/'].map((u) => cache.lookup(u) !== undefined), [false, false, true]);
    assert.equal(cache.purge(['nothing-has-this']), 0);
    assert.equal(cache.stats().pages, 1);
  });

  it('serves a page fresh, then within its grace time, then drops it', () => {
    const { cache, page, advance } = fixture({ ttlMs: 1000, graceMs: 500 });
    const stored = cache.store(page('/x/', ['k']));
    assert.ok(stored && cache.isFresh(stored));
    advance(1200);
    const stale = cache.lookup('/x/');
    assert.ok(stale);
    assert.equal(cache.isFresh(stale), false);
    advance(400);
    assert.equal(cache.lookup('/x/'), undefined);
  });

  it('evicts the least recently used pages past its byte bound', () => {
    const body = 'x'.repeat(1000);
    const { cache, page } = fixture({ maxBytes: 4 * (1000 + 1024) });
    for (const u of ['/1/', '/2/', '/3/', '/4/']) cache.store(page(u, ['k' + u], body));
    assert.ok(cache.lookup('/1/'), 'touching /1/ makes /2/ the oldest');
    cache.store(page('/5/', ['k5'], body));
    assert.equal(cache.lookup('/2/'), undefined);
    assert.ok(cache.lookup('/1/'));
    assert.ok(cache.lookup('/5/'));
    assert.equal(cache.stats().evicted, 1);
    assert.ok(cache.stats().bytes <= 4 * (1000 + 1024));
  });

  it('refuses a page rendered before a purge of one of its keys, and keeps one whose keys were not touched', () => {
    const { cache, page } = fixture();
    const before = page('/news/a/', ['a1', 's1']);
    const unrelated = page('/sports/c/', ['a3', 's2']);
    cache.purge(['s1']);
    assert.equal(cache.store(before), null, 'rendered from data read before the change');
    assert.ok(cache.store(unrelated));
    assert.ok(cache.store(page('/news/a/', ['a1', 's1'])), 'a render started after the purge is kept');
  });

  it('refuses every page rendered before it was cleared', () => {
    const { cache, page } = fixture();
    const before = page('/a/', ['a1']);
    cache.store(page('/b/', ['b1']));
    cache.clear();
    assert.equal(cache.lookup('/b/'), undefined);
    assert.equal(cache.store(before), null);
    assert.deepEqual({ pages: cache.stats().pages, bytes: cache.stats().bytes }, { pages: 0, bytes: 0 });
  });

  it('does not store untagged pages', () => {
    const { cache, page } = fixture();
    assert.equal(cache.store(page('/a/', [])), null);
    assert.equal(cache.lookup('/a/'), undefined);
  });

  it('makes the gzip copy on request, off the request path, with its own ETag', async () => {
    const { cache, page } = fixture();
    const stored = cache.store(page('/a/', ['a1'], '<p>' + 'news '.repeat(500) + '</p>'));
    assert.ok(stored);
    cache.compress(stored);
    assert.equal(stored.gzip, null);
    await new Promise((r) => setTimeout(r, 50));
    for (let i = 0; i < 50 && stored.gzip === null; i++) await new Promise((r) => setTimeout(r, 20));
    // Filled in by the compression callback, which the type checker cannot see.
    const zipped = stored.gzip as CachedPage['gzip'];
    assert.ok(zipped);
    assert.ok(zipped.body.length < stored.body.length);
    assert.ok(zipped.headers.includes('content-encoding'));
    assert.ok(zipped.headers.includes(stored.etag.slice(0, -1) + '-gz"'));
  });
});
