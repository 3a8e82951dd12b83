import { createServer, type Server, type ServerOptions } from 'node:http';
import type { FastifyServerFactory } from 'fastify';
import type { PageCache } from '../../cache/page-cache.ts';
import { servablePage, serveCachedPage } from './serve-cached-page.ts';

interface FactoryOptions {
  readonly http?: ServerOptions;
  readonly keepAliveTimeout?: number;
  readonly requestTimeout?: number;
  readonly connectionTimeout?: number;
  readonly maxRequestsPerSocket?: number;
}

/**
 * The HTTP server, with cache hits answered before the framework sees the
 * request: no routing, no request objects, no hooks. A spike of readers on
 * a cached page costs about what a static file server pays. Everything else
 * goes to Fastify's handler, whose hooks also answer hits for `inject`.
 */
export function pageCacheServerFactory(cache: PageCache): FastifyServerFactory<Server> {
  return (handler, raw) => {
    const options = raw as FactoryOptions;
    const server = createServer(options.http ?? {}, (req, res) => {
      // While draining, the framework answers, so the connection is closed as it must be.
      const page = server.listening ? servablePage(cache, req) : undefined;
      if (page === undefined) handler(req, res);
      else serveCachedPage(cache, req, res, page);
    });
    if (options.keepAliveTimeout !== undefined) server.keepAliveTimeout = options.keepAliveTimeout;
    if (options.requestTimeout !== undefined) server.requestTimeout = options.requestTimeout;
    if (options.connectionTimeout !== undefined) server.setTimeout(options.connectionTimeout);
    if (options.maxRequestsPerSocket !== undefined && options.maxRequestsPerSocket > 0) server.maxRequestsPerSocket = options.maxRequestsPerSocket;
    return server;
  };
}
