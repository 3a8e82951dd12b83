import { isPublic } from '../domain/visibility.ts';
import type { ChangeEvent } from '../events/change-event.ts';
import type { ServiceContext } from '../service-context.ts';
import { listVisibilityChanges } from '../store/repositories/article-repository.ts';
import { articleKeys } from '../newsroom/article-keys.ts';
import { articleEvent } from '../newsroom/change-events.ts';

const CURSOR_KEY = 'scheduler.cursor';

/**
 * Stories become public or leave the site by the clock alone (schedule,
 * embargo lift, expiry): every query already applies the time, so nothing
 * is late. This loop announces those moments, so caches purge and webhooks
 * fire on time. Its cursor is stored, so moments passed while the server was
 * down are announced when it starts again.
 */
export class VisibilityScheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> = Promise.resolve();
  private cursor: Date | null = null;

  constructor(private readonly ctx: ServiceContext, private readonly everyMs = 1000) {}

  async start(): Promise<void> {
    const row = await this.ctx.store.db.selectFrom('settings').select('value').where('key', '=', CURSOR_KEY).executeTakeFirst();
    this.cursor = row ? new Date(Number(row.value)) : this.ctx.now();
    if (!row) await this.saveCursor(this.cursor);
    await this.tick();
    this.timer = setInterval(() => void this.tick(), this.everyMs);
    this.timer.unref();
  }

  /** Announces every visibility change since the last tick. */
  tick(): Promise<void> {
    this.running = this.running.then(async () => {
      try {
        await this.announce();
      } catch (error) {
        this.ctx.logger.error({ err: error }, 'scheduled visibility check failed');
      }
    });
    return this.running;
  }

  private async announce(): Promise<void> {
    const from = this.cursor ?? this.ctx.now();
    const to = this.ctx.now();
    if (to.getTime() <= from.getTime()) return;
    const changed = await listVisibilityChanges(this.ctx.store.db, from, to);
    const events: ChangeEvent[] = [];
    for (const a of changed) {
      const kind = isPublic(a, to) ? 'article.published' : 'article.unpublished';
      events.push(articleEvent(kind, a, await articleKeys(this.ctx.store.db, a), to));
    }
    await this.saveCursor(to);
    this.cursor = to;
    await this.ctx.bus.publish(events);
  }

  private async saveCursor(at: Date): Promise<void> {
    const value = String(at.getTime());
    await this.ctx.store.db
      .insertInto('settings')
      .values({ key: CURSOR_KEY, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
