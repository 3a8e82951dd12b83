import { sql } from 'kysely';
import { isPublic } from '../domain/visibility.ts';
import type { ChangeEvent } from '../events/change-event.ts';
import type { ServiceContext } from '../service-context.ts';
import type { Executor } from '../store/database.ts';
import { listVisibilityChanges } from '../store/repositories/article-repository.ts';
import { articleKeys } from '../newsroom/article-keys.ts';
import { articleEvent } from '../newsroom/change-events.ts';

const CURSOR_KEY = 'scheduler.cursor';
/** Advisory lock id: with several nodes on one PostgreSQL, one of them announces each moment. */
const SCHEDULER_LOCK = 7_340_100;

async function readCursor(db: Executor): Promise<Date | null> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', CURSOR_KEY).executeTakeFirst();
  return row ? new Date(Number(row.value)) : null;
}

async function saveCursor(db: Executor, at: Date): Promise<void> {
  const value = String(at.getTime());
  await db
    .insertInto('settings')
    .values({ key: CURSOR_KEY, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

/**
 * Stories become public or leave the site by the clock alone (schedule,
 * embargo lift, expiry): every query already applies the time, so nothing
 * is late. This loop announces those moments, so caches purge and webhooks
 * fire on time. Its cursor lives in the store, so moments passed while the
 * server was down are announced when it starts again, and with several
 * nodes only the one holding the lock announces (the others hear of it).
 */
export class VisibilityScheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> = Promise.resolve();

  constructor(private readonly ctx: ServiceContext, private readonly everyMs = 1000) {}

  async start(): Promise<void> {
    if (!(await readCursor(this.ctx.store.db))) await saveCursor(this.ctx.store.db, this.ctx.now());
    await this.tick();
    this.timer = setInterval(() => void this.tick(), this.everyMs);
    this.timer.unref();
  }

  /** Announces every visibility change since the stored cursor. */
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
    const to = this.ctx.now();
    const events = await this.ctx.store.transaction(async (trx): Promise<ChangeEvent[]> => {
      if (this.ctx.store.dialect.supportsAdvisoryLocks) {
        const got = await sql<{ locked: boolean }>`select pg_try_advisory_xact_lock(${SCHEDULER_LOCK}) as locked`.execute(trx);
        if (!got.rows[0]?.locked) return [];
      }
      const from = (await readCursor(trx)) ?? to;
      if (to.getTime() <= from.getTime()) return [];
      const out: ChangeEvent[] = [];
      for (const a of await listVisibilityChanges(trx, from, to)) {
        const kind = isPublic(a, to) ? 'article.published' : 'article.unpublished';
        out.push(articleEvent(kind, a, await articleKeys(trx, a), to));
      }
      await saveCursor(trx, to);
      return out;
    });
    await this.ctx.bus.publish(events);
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
