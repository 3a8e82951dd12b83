import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { changeArticleStatus } from '../../src/newsroom/change-article-status.ts';
import { updateArticle } from '../../src/newsroom/update-article.ts';
import { MAX_DELIVERY_ATTEMPTS, retryDelayMs } from '../../src/domain/webhook.ts';
import { listDeliveries } from '../../src/store/repositories/webhook-delivery-repository.ts';
import { WebhookDispatcher } from '../../src/webhooks/webhook-dispatcher.ts';
import { createWebhook, updateWebhook } from '../../src/webhooks/save-webhook.ts';
import { pingWebhook, retryWebhookDelivery } from '../../src/webhooks/queue-webhook-delivery.ts';
import { verifyWebhookSignature } from '../../src/webhooks/webhook-signature.ts';
import { describeEachStore } from '../support/test-stores.ts';
import { testContext } from '../support/test-context.ts';
import { makeArticle } from '../support/factories.ts';
import { OPERATOR } from '../accounts/account-fixtures.ts';
import { WebhookReceiver } from './webhook-receiver.ts';

describeEachStore('webhook delivery', (getStore) => {
  let receiver: WebhookReceiver;
  let url: string;
  before(async () => {
    receiver = new WebhookReceiver();
    url = await receiver.start();
  });
  after(() => receiver.stop());

  /** A dispatcher whose only endpoint is a fresh one on the local receiver. */
  async function setUp(events?: string[]) {
    const ctx = testContext(getStore());
    // Endpoints from earlier tests in this store would also be notified; switch them off.
    await ctx.store.db.updateTable('webhooks').set({ active: 0 }).execute();
    const { webhook, secret } = await createWebhook(ctx, OPERATOR, { url, events });
    const dispatcher = new WebhookDispatcher(ctx, { everyMs: 60_000, timeoutMs: 2000 });
    dispatcher.start();
    return { ctx, webhook, secret, dispatcher };
  }

  test('a publish is POSTed at once with a signed JSON body', async () => {
    const { ctx, webhook, secret, dispatcher } = await setUp();
    const before = receiver.received.length;
    const article = await makeArticle(ctx, { headline: 'Levee holds overnight' }, { status: 'published' });
    await dispatcher.runDue();
    await receiver.waitFor(before + 1);
    const got = receiver.received[before];
    assert.equal(got.headers['content-type'], 'application/json');
    assert.equal(got.headers['x-dateline-event'], 'publish');
    assert.ok(verifyWebhookSignature(secret, { timestamp: got.headers['x-dateline-timestamp'] as string, signature: got.headers['x-dateline-signature'] as string }, got.body, Math.floor(ctx.now().getTime() / 1000)));
    const body = JSON.parse(got.body);
    assert.equal(body.event, 'publish');
    assert.equal(body.article.id, article.id);
    assert.equal(body.article.headline, 'Levee holds overnight');
    assert.match(body.article.url, new RegExp(`^http://127\\.0\\.0\\.1:3000/.+/${article.slug}/$`));
    const [logged] = await listDeliveries(ctx.store.db, webhook.id, { limit: 1 });
    assert.equal(logged.status, 'delivered');
    assert.equal(logged.responseStatus, 200);
    assert.equal(logged.attempts, 1);
    await dispatcher.stop();
  });

  test('update, unpublish and kill each notify; quiet draft saves do not', async () => {
    const { ctx, webhook, dispatcher } = await setUp();
    const draft = await makeArticle(ctx, {}, { status: 'draft' });
    await updateArticle(ctx, draft.id, { dek: 'still a draft' }, { actor: null });
    await changeArticleStatus(ctx, draft.id, { kind: 'publish' }, null);
    await updateArticle(ctx, draft.id, { dek: 'live now' }, { actor: null });
    await changeArticleStatus(ctx, draft.id, { kind: 'unpublish' }, null);
    await changeArticleStatus(ctx, draft.id, { kind: 'kill' }, null);
    await dispatcher.runDue();
    const events = (await listDeliveries(ctx.store.db, webhook.id, { limit: 10 })).map((d) => d.event).reverse();
    assert.deepEqual(events, ['publish', 'update', 'unpublish', 'kill']);
    await dispatcher.stop();
  });

  test('an endpoint hears only the events it asked for', async () => {
    const { ctx, webhook, dispatcher } = await setUp(['kill']);
    const story = await makeArticle(ctx, {}, { status: 'published' });
    await changeArticleStatus(ctx, story.id, { kind: 'kill' }, null);
    await dispatcher.runDue();
    assert.deepEqual((await listDeliveries(ctx.store.db, webhook.id, { limit: 10 })).map((d) => d.event), ['kill']);
    await dispatcher.stop();
  });

  test('a failing endpoint is retried with growing waits, then given up on; the log shows each attempt', async () => {
    const { ctx, webhook, dispatcher } = await setUp();
    receiver.answers = Array.from({ length: MAX_DELIVERY_ATTEMPTS }, () => 503);
    await makeArticle(ctx, {}, { status: 'published' });
    await dispatcher.runDue();
    let [d] = await listDeliveries(ctx.store.db, webhook.id, { limit: 1 });
    assert.equal(d.status, 'pending');
    assert.equal(d.attempts, 1);
    assert.equal(d.responseStatus, 503);
    assert.equal(d.lastError, 'endpoint answered 503');
    assert.equal(d.nextAttemptAt?.getTime(), ctx.now().getTime() + retryDelayMs(1));

    ctx.clock.advance(retryDelayMs(1) - 1000);
    await dispatcher.runDue();
    assert.equal((await listDeliveries(ctx.store.db, webhook.id, { limit: 1 }))[0].attempts, 1, 'not before its time');

    for (let n = 1; n < MAX_DELIVERY_ATTEMPTS; n++) {
      ctx.clock.advance(retryDelayMs(n) + 1000);
      await dispatcher.runDue();
    }
    [d] = await listDeliveries(ctx.store.db, webhook.id, { limit: 1 });
    assert.equal(d.status, 'failed');
    assert.equal(d.attempts, MAX_DELIVERY_ATTEMPTS);
    assert.equal(d.nextAttemptAt, null);

    receiver.answers = [];
    const retried = await retryWebhookDelivery(ctx, OPERATOR, webhook.id, d.id);
    assert.equal(retried.status, 'pending');
    await dispatcher.runDue();
    [d] = await listDeliveries(ctx.store.db, webhook.id, { limit: 1 });
    assert.equal(d.status, 'delivered');
    await dispatcher.stop();
  });

  test('an endpoint that does not answer in time counts as a failure', async () => {
    const ctx = testContext(getStore());
    await ctx.store.db.updateTable('webhooks').set({ active: 0 }).execute();
    const { webhook } = await createWebhook(ctx, OPERATOR, { url });
    const dispatcher = new WebhookDispatcher(ctx, { everyMs: 60_000, timeoutMs: 200 });
    receiver.hang = true;
    try {
      await pingWebhook(ctx, OPERATOR, webhook.id);
      await dispatcher.runDue();
    } finally {
      receiver.hang = false;
    }
    const [d] = await listDeliveries(ctx.store.db, webhook.id, { limit: 1 });
    assert.equal(d.event, 'ping');
    assert.equal(d.status, 'pending');
    assert.equal(d.lastError, 'no answer within 200 ms');
  });

  test('the queue survives a restart: a new dispatcher sends what the old one left', async () => {
    const ctx = testContext(getStore());
    await ctx.store.db.updateTable('webhooks').set({ active: 0 }).execute();
    const { webhook } = await createWebhook(ctx, OPERATOR, { url });
    const first = new WebhookDispatcher(ctx, { everyMs: 60_000 });
    first.start();
    receiver.answers = [500];
    await makeArticle(ctx, {}, { status: 'published' });
    await first.runDue();
    await first.stop();
    ctx.clock.advance(retryDelayMs(1) + 1);
    const second = new WebhookDispatcher(ctx, { everyMs: 60_000 });
    second.start();
    await second.runDue();
    const [d] = await listDeliveries(ctx.store.db, webhook.id, { limit: 1 });
    assert.equal(d.status, 'delivered');
    assert.equal(d.attempts, 2);
    await second.stop();
  });

  test('a switched-off endpoint is not sent what was queued for it', async () => {
    const ctx = testContext(getStore());
    await ctx.store.db.updateTable('webhooks').set({ active: 0 }).execute();
    const { webhook } = await createWebhook(ctx, OPERATOR, { url });
    await pingWebhook(ctx, OPERATOR, webhook.id);
    await updateWebhook(ctx, OPERATOR, webhook.id, { active: false });
    const before = receiver.received.length;
    await new WebhookDispatcher(ctx).runDue();
    assert.equal(receiver.received.length, before);
    const [d] = await listDeliveries(ctx.store.db, webhook.id, { limit: 1 });
    assert.equal(d.status, 'failed');
  });
});
