/**
 * One stored answer, with every header list a hit needs worked out when it
 * is stored, so that serving it is a map lookup, a header write and one
 * buffer write.
 */
export interface CachedPage {
  /** The cache key: path and query exactly as requested. */
  readonly url: string;
  readonly body: Buffer;
  readonly etag: string;
  /** HTTP date, and the same time in whole seconds as epoch ms, for If-Modified-Since. */
  readonly lastModified: string;
  readonly lastModifiedMs: number;
  /** Surrogate keys: a purge of any of them drops the page. */
  readonly keys: readonly string[];
  /** Served without rendering until then (epoch ms)... */
  readonly freshUntil: number;
  /** ...and served while one request renders it again until then. */
  readonly staleUntil: number;
  /** The route's own headers, flat name/value pairs, from which the lists below are made. */
  readonly baseHeaders: readonly string[];
  /** Flat name/value lists for `writeHead`: the plain body and a 304; the gzip ones with `gzip`. */
  readonly identityHeaders: readonly string[];
  readonly notModifiedHeaders: readonly string[];
  /** Filled in the first time a client that accepts gzip asks, off the request path. */
  gzip: { readonly body: Buffer; readonly headers: readonly string[]; readonly notModifiedHeaders: readonly string[] } | null;
  /** Bytes this page holds against the cache's bound. */
  size: number;
}
