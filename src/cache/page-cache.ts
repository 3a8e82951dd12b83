import { gzip } from 'node:zlib';
import type { CachedPage } from './cached-page.ts';
import { gzipEtag } from './etag.ts';
import { bodyHeaders, notModifiedHeaders, replayableHeaders, type ResponseHeaders } from './page-headers.ts';
import { PurgeLog } from './purge-log.ts';
import { RecentUses } from './recent-uses.ts';
import { RenderFlights } from './render-flights.ts';

export interface PageCacheOptions {
  /** Upper bound on the bytes held: bodies, their gzip copies and an allowance per page. */
  readonly maxBytes: number;
  /** How long a stored page is served without rendering it again; purges drop it sooner. */
  readonly ttlMs: number;
  /** How much longer it may be served while one request renders it again. */
  readonly graceMs: number;
  /**
   * Requests for a URL, lately, before its page is kept (default 1: from the
   * first). See `admits`.
   */
  readonly minUses?: number;
  readonly now?: () => number;
}

export interface PageToStore {
  readonly url: string;
  readonly headers: ResponseHeaders;
  readonly body: Buffer;
  readonly etag: string;
  readonly lastModifiedMs: number;
  readonly keys: readonly string[];
  /** `ticket()` taken when the render started. */
  readonly ticket: number;
}

export interface PageCacheStats {
  readonly pages: number;
  readonly bytes: number;
  readonly hits: number;
  readonly stored: number;
  readonly purged: number;
  readonly evicted: number;
  readonly refused: number;
}

/** Headers, keys and map slots of one page, roughly; keeps many small pages from slipping past the bound. */
const PAGE_OVERHEAD_BYTES = 1024;

/** Distinct URLs whose recent requests are counted for admission: well under 1 MB of memory. */
const RECENT_URLS = 10_000;

/**
 * Public pages and API answers in memory, keyed by URL, tagged with the
 * surrogate keys of what they show. A change purges exactly its keys; the
 * least recently used pages go when the byte bound is reached.
 */
export class PageCache {
  /** Map order is recency order: a hit moves its page to the end, eviction takes from the front. */
  private readonly pages = new Map<string, CachedPage>();
  private readonly byKey = new Map<string, Set<string>>();
  private readonly purges = new PurgeLog();
  private readonly compressing = new Set<string>();
  private bytes = 0;
  private counts = { hits: 0, stored: 0, purged: 0, evicted: 0, refused: 0 };
  readonly flights = new RenderFlights();
  private readonly now: () => number;
  private readonly minUses: number;
  private readonly uses: RecentUses | null;

  constructor(private readonly options: PageCacheOptions) {
    this.now = options.now ?? Date.now;
    this.minUses = options.minUses ?? 1;
    if (!Number.isInteger(this.minUses) || this.minUses < 1) throw new RangeError(`minUses must be a whole number of at least 1, got ${this.minUses}`);
    this.uses = this.minUses > 1 ? new RecentUses(RECENT_URLS) : null;
  }

  /** The page for `url` if it is fresh or within its grace time, counted as recently used. */
  lookup(url: string): CachedPage | undefined {
    const page = this.pages.get(url);
    if (page === undefined) return undefined;
    if (this.now() >= page.staleUntil) {
      this.remove(page);
      return undefined;
    }
    this.pages.delete(url);
    this.pages.set(url, page);
    return page;
  }

  isFresh(page: CachedPage): boolean {
    return this.now() < page.freshUntil;
  }

  /** A request answered from memory: counted, and a use of its URL (see `admits`). */
  countHit(url: string): void {
    this.counts.hits += 1;
    this.uses?.count(url);
  }

  /**
   * Counts a request that is about to render `url`, and tells whether its
   * page is to be kept: once the URL was asked for `minUses` times lately,
   * answers from memory included (nginx's proxy_cache_min_uses). A crawler
   * walking the archive then neither pushes the pages readers share out of
   * the cache nor leaves a trail of dropped pages for the garbage collector;
   * a page many readers ask for at once is kept from its first render (see
   * `RenderFlights`).
   */
  admits(url: string): boolean {
    return this.uses === null || this.uses.count(url) >= this.minUses;
  }

  /** Taken when a render starts and handed back to `store`. */
  ticket(): number {
    return this.purges.ticket();
  }

  /** Keeps a rendered page unless a purge of its keys landed while it was rendered, or it is too big. */
  store(input: PageToStore): CachedPage | null {
    if (input.keys.length === 0 || !this.purges.allows(input.ticket, input.keys) || input.body.length > this.options.maxBytes / 8) {
      this.counts.refused += 1;
      return null;
    }
    const previous = this.pages.get(input.url);
    if (previous) this.remove(previous);
    const base = replayableHeaders(input.headers);
    const lastModified = new Date(input.lastModifiedMs).toUTCString();
    const storedAt = this.now();
    const page: CachedPage = {
      url: input.url,
      body: input.body,
      etag: input.etag,
      lastModified,
      lastModifiedMs: input.lastModifiedMs,
      keys: Object.freeze([...new Set(input.keys)]),
      freshUntil: storedAt + this.options.ttlMs,
      staleUntil: storedAt + this.options.ttlMs + this.options.graceMs,
      baseHeaders: base,
      identityHeaders: bodyHeaders(base, input.body.length, input.etag, lastModified, null),
      notModifiedHeaders: notModifiedHeaders(base, input.etag, lastModified),
      gzip: null,
      size: input.body.length + PAGE_OVERHEAD_BYTES,
    };
    this.pages.set(page.url, page);
    for (const key of page.keys) {
      let urls = this.byKey.get(key);
      if (urls === undefined) this.byKey.set(key, (urls = new Set()));
      urls.add(page.url);
    }
    this.bytes += page.size;
    this.counts.stored += 1;
    this.evictOverflow();
    return page;
  }

  /** Drops every page tagged with any of `keys`; returns how many went. */
  purge(keys: readonly string[]): number {
    this.purges.record(keys);
    let dropped = 0;
    for (const key of keys) {
      const urls = this.byKey.get(key);
      if (urls === undefined) continue;
      for (const url of [...urls]) {
        const page = this.pages.get(url);
        if (page) {
          this.remove(page);
          dropped += 1;
        }
      }
    }
    this.counts.purged += dropped;
    return dropped;
  }

  /** Drops everything, e.g. when notices from other nodes may have been missed. */
  clear(): void {
    this.purges.record(null);
    this.counts.purged += this.pages.size;
    this.pages.clear();
    this.byKey.clear();
    this.bytes = 0;
  }

  /**
   * Makes the gzip copy of a page off the request path; the request that
   * asked is answered uncompressed, later ones compressed.
   */
  compress(page: CachedPage): void {
    if (page.gzip !== null || this.compressing.has(page.url)) return;
    this.compressing.add(page.url);
    gzip(page.body, { level: 6 }, (err, zipped) => {
      this.compressing.delete(page.url);
      if (err || this.pages.get(page.url) !== page || zipped.length >= page.body.length) return;
      const base = page.baseHeaders;
      const etag = gzipEtag(page.etag);
      page.gzip = {
        body: zipped,
        headers: bodyHeaders(base, zipped.length, etag, page.lastModified, 'gzip'),
        notModifiedHeaders: notModifiedHeaders(base, etag, page.lastModified),
      };
      page.size += zipped.length;
      this.bytes += zipped.length;
      this.evictOverflow();
    });
  }

  stats(): PageCacheStats {
    return { pages: this.pages.size, bytes: this.bytes, ...this.counts };
  }

  private evictOverflow(): void {
    while (this.bytes > this.options.maxBytes) {
      const oldest = this.pages.values().next();
      if (oldest.done) break;
      this.remove(oldest.value);
      this.counts.evicted += 1;
    }
  }

  private remove(page: CachedPage): void {
    if (this.pages.get(page.url) !== page) return;
    this.pages.delete(page.url);
    this.bytes -= page.size;
    for (const key of page.keys) {
      const urls = this.byKey.get(key);
      if (urls === undefined) continue;
      urls.delete(page.url);
      if (urls.size === 0) this.byKey.delete(key);
    }
  }
}
