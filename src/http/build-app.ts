import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from 'fastify';
import type { PageCache } from '../cache/page-cache.ts';
import { responsiveImageFor } from '../media/responsive-image-for.ts';
import type { AppDeps } from './app-deps.ts';
import { adminApiRoutes } from './admin-api/admin-api-routes.ts';
import { requireCredentials } from './admin-api/authenticate.ts';
import { adminUiRoutes } from './admin-ui-routes.ts';
import { beaconRoute } from './beacon-route.ts';
import { contentApiRoutes } from './content-api/content-api-routes.ts';
import { handleErrors } from './handle-errors.ts';
import { ReadContextFactory } from './read-context-factory.ts';
import { tagReply } from './surrogate-headers.ts';
import { siteRoutes, renderErrorPage } from './site/site-routes.ts';
import { mediaFileRoute } from './media-file-route.ts';
import { mediaRoutes } from './media-routes.ts';
import { imageForRole } from './image-for-role.ts';
import { securityHeaders } from './security-headers.ts';
import { pageCacheServerFactory } from './page-cache/page-cache-server-factory.ts';
import { usePageCache } from './page-cache/use-page-cache.ts';
import { wirePushRoutes } from './wire-push-routes.ts';
import { createWireIngest } from '../wire/ingest/create-wire-ingest.ts';

export interface AppOptions {
  /** Public pages and API answers kept in memory and purged by key; none when absent. */
  readonly pageCache?: PageCache | null;
}

/** Builds the whole application without listening, so tests can `inject` requests. */
export async function buildApp(deps: AppDeps, options: AppOptions = {}): Promise<FastifyInstance> {
  const pageCache = options.pageCache ?? null;
  const app = Fastify({
    loggerInstance: deps.logger as FastifyBaseLogger,
    trustProxy: deps.config.trustProxy,
    // One line per request would cost more than serving a cached page; errors are logged where they happen.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: false, maxParamLength: 200 },
    return503OnClosing: true,
    // Cache hits are answered before routing, so the framework costs them nothing.
    ...(pageCache ? { serverFactory: pageCacheServerFactory(pageCache) } : {}),
  });
  const contexts = new ReadContextFactory(deps.store, imageForRole(responsiveImageFor), deps.config.publicUrl, deps.bus);
  const readContext = () => contexts.create(deps.now());

  securityHeaders(app);
  handleErrors(app, (req, status) => renderErrorPage(readContext, req, status));
  if (pageCache) usePageCache(app, pageCache, () => deps.now().getTime());

  app.get('/healthz', async (_req, reply) => {
    try {
      await deps.store.ping();
      return reply.header('cache-control', 'no-store').type('text/plain').send('ok');
    } catch {
      return reply.code(503).header('cache-control', 'no-store').type('text/plain').send('store unavailable');
    }
  });

  await app.register(beaconRoute, { views: deps.views });
  const serviceCtx = { store: deps.store, bus: deps.bus, now: deps.now, logger: deps.logger };
  await app.register(contentApiRoutes, {
    prefix: '/api/v1',
    readContext,
    tag: tagReply,
    guard: deps.config.contentApiKeys ? requireCredentials(serviceCtx, { scope: 'content:read', permission: 'article.read' }) : undefined,
  });
  await app.register(mediaFileRoute, { media: deps.media });
  await app.register(mediaRoutes, { renditions: deps.renditions, store: deps.store });
  await app.register(adminApiRoutes, {
    prefix: '/api/admin',
    ctx: serviceCtx,
    webhooks: deps.webhooks,
    secureCookies: 'auto',
    media: deps.media,
    renditions: deps.renditions,
  });
  await app.register(adminUiRoutes);
  await app.register(wirePushRoutes, {
    prefix: '/api/wire',
    ctx: serviceCtx,
    ingest: await createWireIngest({
      ctx: serviceCtx, media: deps.media, ninjsSchemaDir: deps.config.ninjsSchemaDir,
    }),
  });
  await app.register(siteRoutes, { readContext, tag: tagReply });
  return app;
}
