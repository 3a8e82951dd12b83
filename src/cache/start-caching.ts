import type { ChangeBus } from '../events/change-bus.ts';
import type { Logger } from '../logger.ts';
import { PgChangeRelay } from '../cluster/pg-change-relay.ts';
import { isRemoteChange } from '../cluster/remote-change.ts';
import type { Store } from '../store/store.ts';
import type { CacheSettings } from './cache-settings.ts';
import { CdnPurger } from './cdn-purger.ts';
import { PageCache } from './page-cache.ts';
import { PurgeForwarder } from './purge-forwarder.ts';
import type { PurgeTarget } from './purge-target.ts';
import { VarnishPurger } from './varnish-purger.ts';

/** Matches the pages' `stale-while-revalidate`: how long a page past its time may be served while it is rendered again. */
const GRACE_MS = 30_000;

/** The page cache of this node and what keeps it, and the caches in front of it, in step with changes. */
export interface Caching {
  /** Null when `PAGE_CACHE_MB` is 0. */
  readonly pageCache: PageCache | null;
  /** Null on SQLite: one process serves it, there are no other nodes to tell. */
  readonly relay: PgChangeRelay | null;
  /** Sends purges still waiting for their batch to Varnish or the CDN now; resolves when they were answered. */
  forwardPurges(): Promise<void>;
  close(): Promise<void>;
}

export interface CachingDeps {
  readonly settings: CacheSettings;
  /** The postgres:// URL the store was opened with, for the relay's listening connection. */
  readonly databaseUrl: string | undefined;
  readonly store: Store;
  readonly bus: ChangeBus;
  readonly logger: Logger;
}

/**
 * Every change on the bus purges this node's page cache by its keys; a
 * change made here is also sent to the other nodes (PostgreSQL NOTIFY) and
 * to Varnish or a CDN. Changes from other nodes arrive on the bus marked
 * remote and purge here only.
 */
export async function startCaching(deps: CachingDeps): Promise<Caching> {
  const { settings, bus, logger } = deps;
  const pageCache =
    settings.pageCacheBytes > 0 ? new PageCache({ maxBytes: settings.pageCacheBytes, ttlMs: settings.pageTtlSeconds * 1000, graceMs: GRACE_MS, minUses: settings.pageMinUses }) : null;
  const unsubscribe = pageCache ? bus.subscribe((event) => void pageCache.purge(event.keys)) : () => {};

  const targets: PurgeTarget[] = settings.varnishUrls.map((url) => new VarnishPurger(url));
  if (settings.cdnPurge) targets.push(new CdnPurger(settings.cdnPurge.url, settings.cdnPurge.token));
  const forwarder = new PurgeForwarder(targets, logger);
  const detach = forwarder.attach(bus, (event) => !isRemoteChange(event));

  const relay =
    deps.store.dialect.supportsNotify && deps.databaseUrl
      ? new PgChangeRelay({ connectionString: deps.databaseUrl, store: deps.store, bus, logger, onResync: () => pageCache?.clear() })
      : null;
  await relay?.start();

  return {
    pageCache,
    relay,
    forwardPurges: () => forwarder.flush(),
    async close() {
      await relay?.stop();
      detach();
      unsubscribe();
      await forwarder.flush();
    },
  };
}
