import { requirePermission } from '../accounts/require-permission.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Actor } from '../domain/actor.ts';
import type { WebhookDelivery } from '../domain/webhook.ts';
import { DatelineError } from '../errors.ts';
import type { ServiceContext } from '../service-context.ts';
import { findDelivery, insertDelivery, requeueDelivery } from '../store/repositories/webhook-delivery-repository.ts';
import { findWebhookById } from '../store/repositories/webhook-repository.ts';
import { pingWebhookBody } from './webhook-payload.ts';

/** Queues a test delivery (`ping`), so whoever set up the endpoint can see it answer. */
export async function pingWebhook(ctx: ServiceContext, actor: Actor, webhookId: number): Promise<WebhookDelivery> {
  requirePermission(actor, 'webhooks.manage');
  const now = ctx.now();
  return ctx.store.transaction(async (trx) => {
    if (!(await findWebhookById(trx, webhookId))) throw new DatelineError('not-found', `no webhook with id ${webhookId}`);
    const delivery = await insertDelivery(trx, { webhookId, event: 'ping', payload: pingWebhookBody(webhookId, now), now });
    await recordAudit(trx, actor, now, { action: 'webhook.ping', targetType: 'webhook', targetId: webhookId, details: { delivery: delivery.id } });
    return delivery;
  });
}

/** Sends a delivery again with the same body: after fixing an endpoint that gave up, or to replay one. */
export async function retryWebhookDelivery(ctx: ServiceContext, actor: Actor, webhookId: number, deliveryId: number): Promise<WebhookDelivery> {
  requirePermission(actor, 'webhooks.manage');
  const now = ctx.now();
  return ctx.store.transaction(async (trx) => {
    const found = await findDelivery(trx, deliveryId);
    if (!found || found.webhookId !== webhookId) throw new DatelineError('not-found', `webhook ${webhookId} has no delivery ${deliveryId}`);
    if (found.status === 'pending') throw new DatelineError('conflict', 'the delivery is still queued; it will be tried again on its own');
    await requeueDelivery(trx, deliveryId, now);
    await recordAudit(trx, actor, now, { action: 'webhook.retry', targetType: 'webhook', targetId: webhookId, details: { delivery: deliveryId } });
    return (await findDelivery(trx, deliveryId))!;
  });
}
