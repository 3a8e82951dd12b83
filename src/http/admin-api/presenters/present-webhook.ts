import type { Webhook, WebhookDelivery } from '../../../domain/webhook.ts';
import { iso } from './iso.ts';

/** An endpoint without its signing secret, which is shown only when it is made or rotated. */
export function presentWebhook(w: Webhook) {
  return {
    id: w.id,
    url: w.url,
    description: w.description,
    events: [...w.events],
    active: w.active,
    createdAt: w.createdAt.toISOString(),
    updatedAt: w.updatedAt.toISOString(),
  };
}

export function presentDelivery(d: WebhookDelivery) {
  return {
    id: d.id,
    webhookId: d.webhookId,
    event: d.event,
    status: d.status,
    attempts: d.attempts,
    nextAttemptAt: iso(d.nextAttemptAt),
    lastAttemptAt: iso(d.lastAttemptAt),
    responseStatus: d.responseStatus,
    lastError: d.lastError,
    createdAt: d.createdAt.toISOString(),
    deliveredAt: iso(d.deliveredAt),
    payload: JSON.parse(d.payload) as unknown,
  };
}
