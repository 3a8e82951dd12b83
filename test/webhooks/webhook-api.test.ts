import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { WebhookDispatcher } from '../../src/webhooks/webhook-dispatcher.ts';
import { verifyWebhookSignature } from '../../src/webhooks/webhook-signature.ts';
import { describeEachStore } from '../support/test-stores.ts';
import { testContext } from '../support/test-context.ts';
import { makeUser, signedIn } from '../accounts/account-fixtures.ts';
import { buildAdminTestApp, type Caller, caller } from '../admin-api/admin-test-app.ts';
import { WebhookReceiver } from './webhook-receiver.ts';

describeEachStore('webhooks through the admin API', (getStore) => {
  let app: FastifyInstance;
  let ctx: ReturnType<typeof testContext>;
  let admin: Caller;
  let receiver: WebhookReceiver;
  let url: string;
  let dispatcher: WebhookDispatcher;

  before(async () => {
    ctx = testContext(getStore());
    receiver = new WebhookReceiver();
    url = await receiver.start();
    dispatcher = new WebhookDispatcher(ctx, { everyMs: 60_000 });
    ({ app } = await buildAdminTestApp(ctx, { webhooks: dispatcher }));
    admin = caller(app, await signedIn(ctx, await makeUser(ctx, 'administrator')));
  });
  after(async () => {
    await app.close();
    await dispatcher.stop();
    await receiver.stop();
  });

  test('the signing secret is shown when an endpoint is made or rotated, and never again', async () => {
    const created = await admin('POST', '/webhooks', { url, events: ['publish', 'kill'], description: 'Apps team' });
    assert.equal(created.statusCode, 201, created.body);
    const { id, secret } = created.json().data;
    assert.match(secret, /^whsec_[A-Za-z0-9_-]{43}$/);
    for (const res of [await admin('GET', '/webhooks'), await admin('GET', `/webhooks/${id}`), await admin('PATCH', `/webhooks/${id}`, { active: true })]) {
      assert.equal(res.statusCode, 200);
      assert.ok(!res.body.includes(secret));
      assert.ok(!res.body.includes('"secret"'));
    }
    const rotated = await admin('PATCH', `/webhooks/${id}`, { rotateSecret: true });
    assert.notEqual(rotated.json().data.secret, secret);
    assert.equal((await admin('POST', '/webhooks', { url: 'ftp://example.test/x' })).statusCode, 400);
    assert.equal((await admin('POST', '/webhooks', { url, events: ['delete'] })).statusCode, 400);
  });

  test('a ping is sent at once, signed, and shows in the delivery log; a delivery can be sent again', async () => {
    const { id, secret } = (await admin('POST', '/webhooks', { url })).json().data;
    const before = receiver.received.length;
    const ping = await admin('POST', `/webhooks/${id}/ping`);
    assert.equal(ping.statusCode, 202);
    await receiver.waitFor(before + 1);
    await dispatcher.runDue();
    const got = receiver.received[before];
    assert.equal(got.headers['x-dateline-event'], 'ping');
    assert.ok(verifyWebhookSignature(secret, { timestamp: got.headers['x-dateline-timestamp'] as string, signature: got.headers['x-dateline-signature'] as string }, got.body, Math.floor(ctx.now().getTime() / 1000)));

    const log = (await admin('GET', `/webhooks/${id}/deliveries`)).json().data;
    assert.equal(log.length, 1);
    assert.equal(log[0].status, 'delivered');
    assert.equal(log[0].responseStatus, 200);
    assert.equal(log[0].payload.event, 'ping');

    const again = await admin('POST', `/webhooks/${id}/deliveries/${log[0].id}/retry`);
    assert.equal(again.statusCode, 202);
    await receiver.waitFor(before + 2);
    assert.equal(receiver.received[before + 1].body, got.body, 'the same body, signed afresh');
    assert.equal((await admin('POST', `/webhooks/999999/deliveries/${log[0].id}/retry`)).statusCode, 404);
  });

  test('removing an endpoint removes its log', async () => {
    const { id } = (await admin('POST', '/webhooks', { url, active: false })).json().data;
    assert.equal((await admin('DELETE', `/webhooks/${id}`)).statusCode, 204);
    assert.equal((await admin('GET', `/webhooks/${id}/deliveries`)).statusCode, 404);
  });
});
