import { type Caching, startCaching } from './cache/start-caching.ts';
import type { Config } from './config.ts';
import { loadDemoNewsroom } from './demo/load-demo-newsroom.ts';
import { ChangeBus } from './events/change-bus.ts';
import type { AppDeps } from './http/app-deps.ts';
import { createLogger, type Logger } from './logger.ts';
import { openMediaStore } from './media/open-media-store.ts';
import { RenditionService } from './media/rendition-service.ts';
import { VisibilityScheduler } from './publish/visibility-scheduler.ts';
import type { ServiceContext } from './service-context.ts';
import { openMigratedStore } from './store/open-store.ts';
import { countArticles } from './store/repositories/article-repository.ts';
import { ViewCounter } from './trending/view-counter.ts';
import { WebhookDispatcher } from './webhooks/webhook-dispatcher.ts';
import { createWireIntake, type WireIntake } from './wire/sources/wire-intake.ts';

/** Everything a running Dateline holds, built from the config, with one way to shut it down. */
export interface Runtime extends AppDeps {
  readonly ctx: ServiceContext;
  readonly scheduler: VisibilityScheduler;
  readonly webhooks: WebhookDispatcher;
  /** The page cache and the purges that keep it, other nodes and any CDN current. */
  readonly caching: Caching;
  /** The drop folder and polled feeds; started with the server. */
  readonly wire: WireIntake;
  close(): Promise<void>;
}

export async function createRuntime(config: Config, options: { logger?: Logger; now?: () => Date } = {}): Promise<Runtime> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const now = options.now ?? (() => new Date());
  const { store, migration } = await openMigratedStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  if (!migration.alreadyCurrent) logger.info({ applied: migration.applied, store: store.location }, 'store migrated');
  const bus = new ChangeBus((err, event) => logger.error({ err, event: event.kind }, 'change listener failed'));
  const ctx: ServiceContext = { store, bus, now, logger };
  const media = openMediaStore(config.dataDir, config.s3);
  const renditions = new RenditionService({ store: media });
  try {
    if (config.loadDemo && (await countArticles(store.db)) === 0) {
      const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
      const loaded = await loadDemoNewsroom(ctx, media, { baseUrl: config.publicUrl ?? `http://${host}:${config.port}` });
      logger.info(loaded, 'demo newsroom loaded');
    }
  } catch (e) {
    await store.close();
    throw e;
  }
  const views = new ViewCounter(store, logger, now);
  const scheduler = new VisibilityScheduler(ctx);
  const webhooks = new WebhookDispatcher(ctx, { publicUrl: config.publicUrl });
  const caching = await startCaching({ settings: config.cache, databaseUrl: config.databaseUrl, store, bus, logger });
  const wire = await createWireIntake({ ctx, media, wireDropDir: config.wireDropDir, ninjsSchemaDir: config.ninjsSchemaDir });
  return {
    config, store, bus, logger, now, views, media, renditions, ctx, scheduler, webhooks, caching, wire,
    async close() {
      await wire.stop();
      await scheduler.stop();
      await webhooks.stop();
      await views.stop();
      await caching.close();
      await store.close();
    },
  };
}
