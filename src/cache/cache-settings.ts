import { DatelineError } from '../errors.ts';

/** How pages are cached and where purges go, read from the environment. */
export interface CacheSettings {
  /**
   * `PAGE_CACHE_MB` (default 32) in bytes; 0 turns the in-memory page cache
   * off. 32 MB holds some 700 story pages, the hot set of a local site. The
   * process needs about twice the setting: V8 lets pages dropped from the
   * cache wait for collection until some 64 MB of them have gathered, so a
   * node with 100,000 stories peaks near 250 MB with 32 and above 300 MB
   * with 64 (`npm run bench`).
   */
  readonly pageCacheBytes: number;
  /** `PAGE_CACHE_TTL`, seconds (default 60) a page is served before it is rendered again; purges drop it sooner. */
  readonly pageTtlSeconds: number;
  /** `VARNISH_URL`: Varnish servers, comma-separated, sent an xkey purge for every change. */
  readonly varnishUrls: readonly string[];
  /** `CDN_PURGE_URL` (a surrogate-key purge endpoint) and its `CDN_PURGE_TOKEN`. */
  readonly cdnPurge: { readonly url: string; readonly token: string | undefined } | undefined;
}

function wholeNumber(name: string, raw: string | undefined, fallback: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) > max) throw new DatelineError('config', `${name} must be a whole number from 0 to ${max}, got "${raw}"`);
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
    pageTtlSeconds: wholeNumber('PAGE_CACHE_TTL', env.PAGE_CACHE_TTL, 60, 86400),
    varnishUrls: Object.freeze(varnish.map((u) => httpUrl('VARNISH_URL', u))),
    cdnPurge: env.CDN_PURGE_URL
      ? Object.freeze({ url: httpUrl('CDN_PURGE_URL', env.CDN_PURGE_URL), token: env.CDN_PURGE_TOKEN || undefined })
      : undefined,
  });
}
