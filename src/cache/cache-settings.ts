import { DatelineError } from '../errors.ts';

/** How pages are cached and where purges go, read from the environment. */
export interface CacheSettings {
  /**
   * `PAGE_CACHE_MB` (default 32) in bytes; 0 turns the in-memory page cache
   * off. 32 MB holds some 700 story pages, the hot set of a local site.
   * Pages dropped from the cache wait for V8 to collect them until some
   * 64 MB of them have gathered, so the process needs up to twice the
   * setting while pages come and go.
   */
  readonly pageCacheBytes: number;
  /**
   * `PAGE_CACHE_MIN_USES` (default 2): requests for a URL, lately, before
   * its page is kept; 1 keeps every page from its first render. With 2, a
   * crawler walking 100,000 archive stories renders each once without
   * pushing the pages readers share out of the cache; a page several
   * readers ask for at the same moment is kept from its first render.
   */
  readonly pageMinUses: number;
  /** `PAGE_CACHE_TTL`, seconds (default 60) a page is served before it is rendered again; purges drop it sooner. */
  readonly pageTtlSeconds: number;
  /** `VARNISH_URL`: Varnish servers, comma-separated, sent an xkey purge for every change. */
  readonly varnishUrls: readonly string[];
  /** `CDN_PURGE_URL` (a surrogate-key purge endpoint) and its `CDN_PURGE_TOKEN`. */
  readonly cdnPurge: { readonly url: string; readonly token: string | undefined } | undefined;
}

function wholeNumber(name: string, raw: string | undefined, fallback: number, max: number, min = 0): number {
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) > max || Number(raw) < min) {
    throw new DatelineError('config', `${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return Number(raw);
}

function httpUrl(name: string, raw: string): string {
  try {
    const u = new URL(raw);
    if (u.protocol === 'http:' || u.protocol === 'https:') return u.toString();
  } catch {
    // reported below
  }
  throw new DatelineError('config', `${name} must be an http(s) URL, got "${raw}"`);
}

export function readCacheSettings(env: NodeJS.ProcessEnv): CacheSettings {
  const varnish = (env.VARNISH_URL ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
  return Object.freeze({
    pageCacheBytes: wholeNumber('PAGE_CACHE_MB', env.PAGE_CACHE_MB, 32, 65536) * 1024 * 1024,
    pageMinUses: wholeNumber('PAGE_CACHE_MIN_USES', env.PAGE_CACHE_MIN_USES, 2, 100, 1),
    pageTtlSeconds: wholeNumber('PAGE_CACHE_TTL', env.PAGE_CACHE_TTL, 60, 86400),
    varnishUrls: Object.freeze(varnish.map((u) => httpUrl('VARNISH_URL', u))),
    cdnPurge: env.CDN_PURGE_URL
      ? Object.freeze({ url: httpUrl('CDN_PURGE_URL', env.CDN_PURGE_URL), token: env.CDN_PURGE_TOKEN || undefined })
      : undefined,
  });
}
