import type { ChangeBus } from '../events/change-bus.ts';
import type { ChangeEvent } from '../events/change-event.ts';
import type { Logger } from '../logger.ts';
import type { PurgeTarget } from './purge-target.ts';

/**
 * Sends the surrogate keys of changes to the caches in front of the site
 * (Varnish, a CDN). Keys of changes that land together go in one request;
 * a failed purge is tried again once, then logged: the copies out there
 * still expire on their own (s-maxage).
 */
export class PurgeForwarder {
  private pending = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private sending: Promise<void> = Promise.resolve();

  constructor(
    private readonly targets: readonly PurgeTarget[],
    private readonly logger: Logger,
    private readonly options: { readonly batchMs?: number; readonly retryMs?: number } = {},
  ) {}

  /** Forwards the keys of every change on `bus` that `accept` lets through; returns the unsubscribe. */
  attach(bus: ChangeBus, accept: (event: ChangeEvent) => boolean): () => void {
    return bus.subscribe((event) => {
      if (accept(event)) this.add(event.keys);
    });
  }

  add(keys: readonly string[]): void {
    if (this.targets.length === 0 || keys.length === 0) return;
    for (const key of keys) this.pending.add(key);
    this.timer ??= setTimeout(() => void this.flush(), this.options.batchMs ?? 10);
  }

  /** Sends what is waiting; resolves when every target answered or gave up. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const keys = [...this.pending];
    this.pending = new Set();
    this.sending = this.sending.then(() => (keys.length === 0 ? undefined : this.send(keys)));
    return this.sending;
  }

  private async send(keys: readonly string[]): Promise<void> {
    await Promise.all(
      this.targets.map(async (target) => {
        for (let i = 0; i < keys.length; i += target.maxKeysPerRequest) {
          const batch = keys.slice(i, i + target.maxKeysPerRequest);
          try {
            await target.purge(batch);
          } catch {
            await new Promise((r) => setTimeout(r, this.options.retryMs ?? 500));
            try {
              await target.purge(batch);
            } catch (err) {
              this.logger.warn({ err, target: target.name, keys: batch.length }, 'purge not forwarded');
            }
          }
        }
      }),
    );
  }
}
