import type { IncomingMessage, OutgoingHttpHeader, ServerResponse } from 'node:http';
import { acceptsGzip } from '../../cache/accepts-gzip.ts';
import { cacheKey } from '../../cache/cache-key.ts';
import type { CachedPage } from '../../cache/cached-page.ts';
import { isNotModified } from '../../cache/conditional-request.ts';
import { gzipEtag } from '../../cache/etag.ts';
import type { PageCache } from '../../cache/page-cache.ts';
import { isCacheableRequest } from './cacheable-request.ts';

/**
 * The page to answer `req` with straight from memory: fresh, or past its
 * time while another request is rendering it again. Undefined means the
 * request goes on to the routes. `key` is the request's `cacheKey`, when
 * the caller has it already.
 */
export function servablePage(cache: PageCache, req: IncomingMessage, key?: string): CachedPage | undefined {
  if (!isCacheableRequest(req)) return undefined;
  key ??= cacheKey(req.url as string);
  const page = cache.lookup(key);
  if (page === undefined) return undefined;
  return cache.isFresh(page) || cache.flights.has(key) ? page : undefined;
}

/** Writes a stored page: a 304 when the client's copy is current, else the body, gzipped when accepted and ready. */
export function serveCachedPage(cache: PageCache, req: IncomingMessage, res: ServerResponse, page: CachedPage): void {
  cache.countHit(page.url);
  const h = req.headers;
  let gzip = page.gzip;
  if (!acceptsGzip(h['accept-encoding'])) gzip = null;
  else if (gzip === null) cache.compress(page);
  if ((h['if-none-match'] !== undefined || h['if-modified-since'] !== undefined) && isNotModified(h, [page.etag, gzipEtag(page.etag)], page.lastModifiedMs)) {
    res.writeHead(304, (gzip ? gzip.notModifiedHeaders : page.notModifiedHeaders) as OutgoingHttpHeader[]);
    res.end();
    return;
  }
  res.writeHead(200, (gzip ? gzip.headers : page.identityHeaders) as OutgoingHttpHeader[]);
  if (req.method === 'HEAD') res.end();
  else res.end(gzip ? gzip.body : page.body);
}
