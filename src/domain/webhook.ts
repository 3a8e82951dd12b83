/** What a webhook endpoint can ask to hear about: the moments a reader sees change. */
export const WEBHOOK_EVENTS = ['publish', 'update', 'unpublish', 'kill'] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export function isWebhookEvent(value: unknown): value is WebhookEvent {
  return typeof value === 'string' && (WEBHOOK_EVENTS as readonly string[]).includes(value);
}

export interface Webhook {
  readonly id: number;
  readonly url: string;
  readonly description: string | null;
  readonly events: readonly WebhookEvent[];
  readonly active: boolean;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

/** One notification to one endpoint, with how its attempts went. */
export interface WebhookDelivery {
  readonly id: number;
  readonly webhookId: number;
  /** A webhook event, or `ping` for a test delivery. */
  readonly event: string;
  readonly payload: string;
  readonly status: DeliveryStatus;
  readonly attempts: number;
  readonly nextAttemptAt: Date | null;
  readonly lastAttemptAt: Date | null;
  readonly responseStatus: number | null;
  readonly lastError: string | null;
  readonly createdAt: Date;
  readonly deliveredAt: Date | null;
}

/**
 * Wait before attempt `n + 1` after `n` failed attempts: 30 s, 1 min, 2 min...
 * doubling up to 6 h. With the default of 10 attempts an endpoint that is
 * down for most of a day still gets its notifications.
 */
export function retryDelayMs(failedAttempts: number): number {
  const base = 30_000 * 2 ** Math.max(0, failedAttempts - 1);
  return Math.min(base, 6 * 3_600_000);
}

export const MAX_DELIVERY_ATTEMPTS = 10;
