import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { cacheKey } from '../../cache/cache-key.ts';
import { isNotModified } from '../../cache/conditional-request.ts';
import { gzipEtag, strongEtag } from '../../cache/etag.ts';
import type { PageCache } from '../../cache/page-cache.ts';
import type { FlightLead } from '../../cache/render-flights.ts';
import { withAcceptEncoding } from '../../cache/page-headers.ts';
import { isCacheableRequest } from './cacheable-request.ts';
import { servablePage, serveCachedPage } from './serve-cached-page.ts';

/** For tagged answers that set no policy of their own (the content API): browsers briefly, a CDN that purges by key longer. */
export const DEFAULT_CACHE_CONTROL = 'public, max-age=30, s-maxage=300, stale-while-revalidate=30';

interface Render {
  /** The URL the answer is cached under (`cacheKey`). */
  readonly key: string;
  /** Purge sequence when the render started; see PurgeLog. */
  readonly ticket: number;
  /** This request's lead of the render of its URL, when it leads. */
  readonly lead: FlightLead | null;
  /** Whether the page is kept even when no other request waited for it (`PageCache.admits`). */
  readonly admitted: boolean;
  pending: { readonly body: Buffer; readonly etag: string; readonly lastModifiedMs: number; readonly keys: readonly string[] } | null;
}

function surrogateKeys(header: ReturnType<FastifyReply['getHeader']>): string[] {
  if (header === undefined) return [];
  const text = Array.isArray(header) ? header.join(' ') : String(header);
  return text.split(' ').filter((k) => k !== '');
}

function forbidsStoring(cacheControl: ReturnType<FastifyReply['getHeader']>): boolean {
  return cacheControl !== undefined && /\b(?:no-store|private|no-cache)\b/i.test(String(cacheControl));
}

/**
 * Puts the page cache in front of the routes. onRequest answers hits
 * (reached through `inject`, or when a stale page is being rendered again)
 * and makes concurrent misses of one URL wait for a single render; onSend
 * gives a cacheable answer its validators; onResponse stores it with every
 * header the other hooks added, when the cache admits its URL or other
 * requests waited for it.
 */
export function usePageCache(app: FastifyInstance, cache: PageCache, now: () => number = Date.now): void {
  const renders = new WeakMap<FastifyRequest, Render>();

  const begin = (req: FastifyRequest, reply: FastifyReply, key: string) => {
    let lead: FlightLead | null = null;
    if (req.raw.method === 'GET') {
      lead = cache.flights.lead(key);
      // Whatever becomes of the request (answered, failed, aborted), the waiters are let go.
      reply.raw.once('close', lead.settle);
    }
    renders.set(req, { key, ticket: cache.ticket(), lead, admitted: cache.admits(key), pending: null });
  };

  app.addHook('onRequest', (req, reply, done) => {
    if (!isCacheableRequest(req.raw)) return done();
    const key = cacheKey(req.url);
    const page = servablePage(cache, req.raw, key);
    if (page !== undefined) {
      reply.hijack();
      serveCachedPage(cache, req.raw, reply.raw, page);
      return;
    }
    const flight = cache.flights.wait(key);
    if (flight === undefined) {
      begin(req, reply, key);
      return done();
    }
    flight.then(() => {
      const rendered = servablePage(cache, req.raw, key);
      if (rendered !== undefined) {
        reply.hijack();
        serveCachedPage(cache, req.raw, reply.raw, rendered);
        return;
      }
      // The leader's answer was not kept (an error, a 404, a purge while it rendered): render this one too.
      renders.set(req, { key, ticket: cache.ticket(), lead: null, admitted: true, pending: null });
      done();
    }, done);
  });

  app.addHook('onSend', (req, reply, payload, done) => {
    const render = renders.get(req);
    if (render === undefined || req.raw.method !== 'GET' || reply.statusCode !== 200) return done(null, payload);
    const keys = surrogateKeys(reply.getHeader('surrogate-key'));
    if (keys.length === 0 || reply.hasHeader('set-cookie') || forbidsStoring(reply.getHeader('cache-control'))) return done(null, payload);
    const body = typeof payload === 'string' ? Buffer.from(payload) : Buffer.isBuffer(payload) ? payload : null;
    if (body === null) return done(null, payload);
    const etag = strongEtag(body);
    const lastModifiedMs = Math.floor(now() / 1000) * 1000;
    const vary = reply.getHeader('vary');
    reply
      .header('etag', etag)
      .header('last-modified', new Date(lastModifiedMs).toUTCString())
      .header('vary', withAcceptEncoding(vary === undefined ? null : String(vary)))
      .header('x-cache', 'miss');
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', DEFAULT_CACHE_CONTROL);
    render.pending = { body, etag, lastModifiedMs, keys };
    // Only the content validator counts here: this Last-Modified is the render time, not the content's.
    if (req.headers['if-none-match'] !== undefined && isNotModified(req.headers, [etag, gzipEtag(etag)], lastModifiedMs)) {
      reply.code(304).removeHeader('content-type');
      return done(null, null);
    }
    done(null, body);
  });

  app.addHook('onResponse', (req, reply, done) => {
    const render = renders.get(req);
    if (render?.pending && (render.admitted || render.lead?.awaited)) {
      cache.store({ url: render.key, headers: reply.getHeaders(), ticket: render.ticket, ...render.pending });
    }
    render?.lead?.settle();
    done();
  });
}
