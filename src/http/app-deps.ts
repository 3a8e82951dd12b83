import type { Config } from '../config.ts';
import type { ChangeBus } from '../events/change-bus.ts';
import type { Logger } from '../logger.ts';
import type { MediaStore } from '../media/media-store.ts';
import type { RenditionService } from '../media/rendition-service.ts';
import type { Store } from '../store/store.ts';
import type { ViewCounter } from '../trending/view-counter.ts';

/** Everything the HTTP layer is handed; it creates none of it. */
export interface AppDeps {
  readonly config: Config;
  readonly store: Store;
  readonly bus: ChangeBus;
  readonly logger: Logger;
  readonly now: () => Date;
  readonly views: ViewCounter;
  readonly media: MediaStore;
  readonly renditions: RenditionService;
  /** Sends due webhook deliveries now (after a ping or a retry). */
  readonly webhooks?: { runDue(): Promise<void> };
}
