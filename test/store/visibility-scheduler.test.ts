import assert from 'node:assert/strict';
import { it } from 'node:test';
import { VisibilityScheduler } from '../../src/publish/visibility-scheduler.ts';
import { makeArticle } from '../support/factories.ts';
import { testContext } from '../support/test-context.ts';
import { describeEachStore } from '../support/test-stores.ts';

const MINUTE = 60_000;

describeEachStore('visibility scheduler', (getStore) => {
  it('announces a scheduled publication and an embargo lift once, even with two schedulers on one store', async () => {
    const ctx = testContext(getStore());
    const a = new VisibilityScheduler(ctx, 60_000);
    const b = new VisibilityScheduler(ctx, 60_000);
    await a.start();
    await b.start();
    const scheduled = await makeArticle(ctx, {}, { publishedAt: new Date(ctx.now().getTime() + MINUTE) });
    const embargoed = await makeArticle(ctx, { embargoUntil: new Date(ctx.now().getTime() + 2 * MINUTE) });
    ctx.events.length = 0;

    ctx.clock.advance(3 * MINUTE);
    await Promise.all([a.tick(), b.tick()]);
    await Promise.all([a.tick(), b.tick()]);
    const published = ctx.events.filter((e) => e.kind === 'article.published').map((e) => e.id);
    assert.deepEqual(published.sort(), [scheduled.id, embargoed.id].sort());
    assert.ok(ctx.events.find((e) => e.id === scheduled.id)?.keys.includes(`a${scheduled.id}`));
    await a.stop();
    await b.stop();
  });

  it('announces what went live while it was stopped, from its stored cursor', async () => {
    const ctx = testContext(getStore());
    // Later than anything the other test stored as the cursor of this shared store.
    ctx.clock.advance(60 * MINUTE);
    const first = new VisibilityScheduler(ctx, 60_000);
    await first.start();
    await first.stop();
    const story = await makeArticle(ctx, {}, { publishedAt: new Date(ctx.now().getTime() + MINUTE) });
    ctx.events.length = 0;
    ctx.clock.advance(10 * MINUTE);
    const second = new VisibilityScheduler(ctx, 60_000);
    await second.start();
    await second.stop();
    assert.ok(ctx.events.some((e) => e.kind === 'article.published' && e.id === story.id));
  });
});
