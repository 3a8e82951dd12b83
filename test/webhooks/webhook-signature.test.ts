import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { test } from 'node:test';
import { retryDelayMs } from '../../src/domain/webhook.ts';
import { signWebhookBody, verifyWebhookSignature } from '../../src/webhooks/webhook-signature.ts';

test('the signature is HMAC-SHA256 over "<timestamp>.<body>", as a receiver recomputes it', () => {
  const body = '{"event":"publish"}';
  const expected = createHmac('sha256', 'whsec_test').update(`1700000000.${body}`).digest('hex');
  assert.equal(signWebhookBody('whsec_test', 1700000000, body), `sha256=${expected}`);
});

test('verification refuses another secret, a changed body and an old timestamp', () => {
  const body = '{"event":"kill"}';
  const signature = signWebhookBody('whsec_a', 1700000000, body);
  const headers = { timestamp: '1700000000', signature };
  assert.equal(verifyWebhookSignature('whsec_a', headers, body, 1700000010), true);
  assert.equal(verifyWebhookSignature('whsec_b', headers, body, 1700000010), false);
  assert.equal(verifyWebhookSignature('whsec_a', headers, `${body} `, 1700000010), false);
  assert.equal(verifyWebhookSignature('whsec_a', headers, body, 1700000000 + 3600), false);
  assert.equal(verifyWebhookSignature('whsec_a', { timestamp: undefined, signature }, body, 1700000000), false);
});

test('retries back off exponentially, capped at six hours', () => {
  assert.deepEqual([1, 2, 3, 4].map(retryDelayMs), [30_000, 60_000, 120_000, 240_000]);
  assert.equal(retryDelayMs(30), 6 * 3_600_000);
});
