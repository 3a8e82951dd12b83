import { bucketStart } from '../domain/trending-score.ts';
import type { Logger } from '../logger.ts';
import type { Store } from '../store/store.ts';
import { addPageViews } from '../store/repositories/page-view-repository.ts';

/**
 * Counts page views in memory and writes them in one batch every few
 * seconds, so that counting never costs a reader a database write. Nothing
 * about the reader is kept: no cookie, no address, only (story, hour) → n.
 */
export class ViewCounter {
  private pending = new Map<string, { articleId: number; bucketStart: number; views: number }>();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: Store,
    private readonly logger: Logger,
    private readonly now: () => Date,
    private readonly flushEveryMs = 5000,
  ) {}

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.flush(), this.flushEveryMs);
    this.timer.unref();
  }

  count(articleId: number): void {
    const b = bucketStart(this.now().getTime());
    const key = `${articleId}:${b}`;
    const entry = this.pending.get(key);
    if (entry) entry.views++;
    else this.pending.set(key, { articleId, bucketStart: b, views: 1 });
  }

  /** Writes what has been counted; safe to call at any time, runs one batch at a time. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(async () => {
      if (this.pending.size === 0) return;
      const batch = [...this.pending.values()];
      this.pending = new Map();
      try {
        // Beacons carry whatever id a client sends: keep only stories that exist.
        const ids = [...new Set(batch.map((b) => b.articleId))];
        const known = new Set((await this.store.db.selectFrom('articles').select('id').where('id', 'in', ids).execute()).map((r) => r.id));
        await addPageViews(this.store.db, batch.filter((b) => known.has(b.articleId)));
      } catch (error) {
        this.logger.warn({ err: error, rows: batch.length }, 'page views not saved');
      }
    });
    return this.flushing;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.flush();
  }
}
