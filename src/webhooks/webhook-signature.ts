import { createHmac } from 'node:crypto';
import { sameSecret } from '../accounts/secret-token.ts';

/**
 * The signature a receiver checks: HMAC-SHA256 over `<timestamp>.<body>`
 * with the endpoint's secret, as `sha256=<hex>`. The timestamp is signed so
 * an old delivery replayed later can be told apart.
 */
export function signWebhookBody(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex')}`;
}

/** What a receiver (or a test) does with the headers: true when the body is ours and recent enough. */
export function verifyWebhookSignature(
  secret: string,
  headers: { timestamp: string | undefined; signature: string | undefined },
  body: string,
  nowSeconds: number,
  toleranceSeconds = 300,
): boolean {
  const timestamp = Number(headers.timestamp);
  if (!Number.isInteger(timestamp) || !headers.signature) return false;
  if (Math.abs(nowSeconds - timestamp) > toleranceSeconds) return false;
  return sameSecret(signWebhookBody(secret, timestamp, body), headers.signature);
}

export const WEBHOOK_HEADERS = Object.freeze({
  event: 'x-dateline-event',
  delivery: 'x-dateline-delivery',
  timestamp: 'x-dateline-timestamp',
  signature: 'x-dateline-signature',
});
