import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { readCacheSettings } from '../../src/cache/cache-settings.ts';
import type { PageCache } from '../../src/cache/page-cache.ts';
import { type Caching, startCaching } from '../../src/cache/start-caching.ts';
import { readConfig } from '../../src/config.ts';
import type { AppDeps } from '../../src/http/app-deps.ts';
import { buildApp } from '../../src/http/build-app.ts';
import { DiskMediaStore } from '../../src/media/disk-media-store.ts';
import { RenditionService } from '../../src/media/rendition-service.ts';
import type { Store } from '../../src/store/store.ts';
import { ViewCounter } from '../../src/trending/view-counter.ts';
import { TestClock, testContext } from '../support/test-context.ts';

export interface CachedTestApp {
  readonly app: FastifyInstance;
  readonly cache: PageCache;
  readonly caching: Caching;
  readonly ctx: ReturnType<typeof testContext>;
  close(): Promise<void>;
}

/**
 * The whole application with its page cache wired as `dateline serve`
 * wires it: purges from the bus, and on PostgreSQL (when `databaseUrl` is
 * given) the relay to the other nodes.
 */
export async function buildCachedTestApp(
  store: Store,
  options: { clock?: TestClock; databaseUrl?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<CachedTestApp> {
  const clock = options.clock ?? new TestClock();
  const ctx = testContext(store, clock);
  const mediaDir = mkdtempSync(join(tmpdir(), 'dateline-media-'));
  const media = new DiskMediaStore(mediaDir);
  const logger = pino({ level: process.env.DATELINE_TEST_LOG ?? 'silent' });
  const config = readConfig({ DATELINE_DATA: mediaDir, LOG_LEVEL: 'silent' });
  const views = new ViewCounter(store, logger, clock.now);
  const caching = await startCaching({ settings: readCacheSettings(options.env ?? {}), databaseUrl: options.databaseUrl, store, bus: ctx.bus, logger });
  if (!caching.pageCache) throw new Error('page cache is off');
  const deps: AppDeps = { config, store, bus: ctx.bus, logger, now: clock.now, views, media, renditions: new RenditionService({ store: media }) };
  const app = await buildApp(deps, { pageCache: caching.pageCache });
  return {
    app,
    cache: caching.pageCache,
    caching,
    ctx,
    async close() {
      await app.close();
      await caching.close();
      await views.stop();
      rmSync(mediaDir, { recursive: true, force: true });
    },
  };
}
