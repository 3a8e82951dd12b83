import type { ChangeBus } from './events/change-bus.ts';
import type { Logger } from './logger.ts';
import type { Store } from './store/store.ts';

/** What every use case needs: the store, where to announce changes, and the clock. */
export interface ServiceContext {
  readonly store: Store;
  readonly bus: ChangeBus;
  readonly now: () => Date;
  readonly logger: Logger;
}
