import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import Fastify, { type FastifyInstance } from 'fastify';
import pg from 'pg';
import { contentApiRoutes } from '../../src/http/content-api/content-api-routes.ts';
import { handleErrors } from '../../src/http/handle-errors.ts';
import { imageForRole } from '../../src/http/image-for-role.ts';
import { ReadContextFactory } from '../../src/http/read-context-factory.ts';
import { tagReply } from '../../src/http/surrogate-headers.ts';
import { responsiveImageFor } from '../../src/media/responsive-image-for.ts';
import { setArticleStatus } from '../../src/newsroom/set-article-status.ts';
import { VisibilityScheduler } from '../../src/publish/visibility-scheduler.ts';
import type { ServiceContext } from '../../src/service-context.ts';
import { migrateToLatest } from '../../src/store/migrate.ts';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store.ts';
import { listDeliveries } from '../../src/store/repositories/webhook-delivery-repository.ts';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.ts';
import type { Store } from '../../src/store/store.ts';
import { createWebhook } from '../../src/webhooks/save-webhook.ts';
import { WebhookDispatcher } from '../../src/webhooks/webhook-dispatcher.ts';
import { OPERATOR } from '../accounts/account-fixtures.ts';
import { makeArticle } from '../support/factories.ts';
import { TestClock, testContext } from '../support/test-context.ts';
import { DIALECTS, type DialectName, PG_URL, postgresSkipReason } from '../support/test-stores.ts';
import { WebhookReceiver } from './webhook-receiver.ts';

/** A store that can be closed and opened again on the same data: one SQLite file, or one PostgreSQL schema. */
function reopenable(dialect: DialectName): { open(): Promise<Store>; dispose(): Promise<void> } {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-restart-'));
    return {
      async open() {
        const store = openSqliteStore({ dataDir: dir });
        await migrateToLatest(store.db as never, store.dialect, store.schema);
        return store;
      },
      async dispose() {
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const schema = `t_restart_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  return {
    async open() {
      for (let attempt = 1; ; attempt++) {
        const store = await openPostgresStore({ url: PG_URL, schema, poolSize: 2 });
        try {
          await migrateToLatest(store.db as never, store.dialect, store.schema);
          return store;
        } catch (e) {
          await store.close();
          // The migrator lists the tables of every schema in the database; another test file dropping
          // its own schema at that instant makes the listing fail. That is the test bed, not the store.
          if (attempt >= 3 || !/schema "t_\w+" does not exist/.test((e as Error).message)) throw e;
        }
      }
    },
    async dispose() {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`drop schema if exists ${schema} cascade`);
      await c.end();
    },
  };
}

/** The public content API over this context, to ask what a reader gets. */
async function publicApi(ctx: ServiceContext): Promise<FastifyInstance> {
  const app = Fastify();
  handleErrors(app, null);
  const contexts = new ReadContextFactory(ctx.store, imageForRole(responsiveImageFor), undefined, ctx.bus);
  await app.register(contentApiRoutes, { prefix: '/api/v1', readContext: () => contexts.create(ctx.now()), tag: tagReply });
  return app;
}

for (const dialect of DIALECTS) {
  describe(`a scheduled story across a restart [${dialect}]`, { skip: dialect === 'postgres' ? postgresSkipReason ?? false : false }, () => {
    test('publishes on time after the server was down, purging and notifying', async () => {
      const data = reopenable(dialect);
      const receiver = new WebhookReceiver();
      const url = await receiver.start();
      const clock = new TestClock(Date.parse('2026-05-05T12:00:00Z'));
      try {
        // Before the restart: the scheduler has run, a webhook is set up, a story is scheduled for 13:00.
        const before = testContext(await data.open(), clock);
        const scheduler = new VisibilityScheduler(before, 60_000);
        await scheduler.start();
        const { webhook } = await createWebhook(before, OPERATOR, { url, events: ['publish'] });
        const draft = await makeArticle(before, { headline: 'Polls open at seven' }, { status: 'draft' });
        const at = new Date('2026-05-05T13:00:00Z');
        const scheduled = await setArticleStatus(before, OPERATOR, draft.id, { kind: 'schedule', at });
        assert.equal(scheduled.publishedAt?.toISOString(), at.toISOString());
        const api = await publicApi(before);
        assert.equal((await api.inject(`/api/v1/articles/${draft.id}`)).statusCode, 404, 'not public before its time');
        await api.close();
        // The server runs on for a minute; each tick stores the scheduler's cursor.
        clock.advance(60_000);
        await scheduler.tick();
        await scheduler.stop();
        await before.store.close();

        // The server is down through 13:00 and comes back at 13:30.
        clock.set('2026-05-05T13:30:00Z');
        const after = testContext(await data.open(), clock);
        const dispatcher = new WebhookDispatcher(after, { everyMs: 60_000 });
        dispatcher.start();
        const restarted = new VisibilityScheduler(after, 60_000);
        await restarted.start();
        await dispatcher.runDue();

        const published = after.events.find((e) => e.kind === 'article.published' && e.id === draft.id);
        assert.ok(published, 'the publication is announced after the restart');
        assert.ok(published.keys.includes(`a${draft.id}`) && published.keys.includes('front'), 'with the keys that purge its pages');

        const reader = await publicApi(after);
        const page = await reader.inject(`/api/v1/articles/${draft.id}`);
        assert.equal(page.statusCode, 200, page.body);
        assert.equal(page.json().data.headline, 'Polls open at seven');
        await reader.close();

        await receiver.waitFor(1);
        const hook = JSON.parse(receiver.received[0].body);
        assert.equal(hook.event, 'publish');
        assert.equal(hook.article.id, draft.id);
        const [delivery] = await listDeliveries(after.store.db, webhook.id, { limit: 1 });
        assert.equal(delivery.status, 'delivered');

        await restarted.stop();
        await dispatcher.stop();
        await after.store.close();
      } finally {
        await receiver.stop();
        await data.dispose();
      }
    });
  });
}
