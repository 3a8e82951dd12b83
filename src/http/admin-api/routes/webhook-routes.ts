import { WEBHOOK_EVENTS } from '../../../domain/webhook.ts';
import { DatelineError } from '../../../errors.ts';
import { pingWebhook, retryWebhookDelivery } from '../../../webhooks/queue-webhook-delivery.ts';
import { createWebhook, deleteWebhook, updateWebhook, type WebhookInput } from '../../../webhooks/save-webhook.ts';
import { listDeliveries } from '../../../store/repositories/webhook-delivery-repository.ts';
import { findWebhookById, listWebhooks } from '../../../store/repositories/webhook-repository.ts';
import type { Executor } from '../../../store/database.ts';
import { type AdminCall, defineRoutes } from '../admin-route.ts';
import { schema } from '../json-schema.ts';
import { presentDelivery, presentWebhook } from '../presenters/present-webhook.ts';
import { limitOf } from '../request-values.ts';

const FIELDS = {
  url: schema.string({ min: 8, max: 2000, description: 'Where notifications are POSTed.' }),
  description: schema.text(500),
  events: { ...schema.array(schema.enum(WEBHOOK_EVENTS), 4), minItems: 1 },
  active: schema.boolean(),
};

async function requireWebhook(db: Executor, id: number) {
  const hook = await findWebhookById(db, id);
  if (!hook) throw new DatelineError('not-found', `no webhook with id ${id}`);
  return hook;
}

/** Sends queued deliveries now, without making the caller wait for the endpoint. */
function sendSoon(call: AdminCall): void {
  void call.options.webhooks?.runDue();
}

export const webhookRoutes = defineRoutes([
  {
    method: 'GET', url: '/webhooks', operationId: 'listWebhooks', summary: 'Webhook endpoints (never their secrets).', tag: 'webhooks', access: 'webhooks.manage',
    async handle({ ctx }) {
      return { data: (await listWebhooks(ctx.store.db)).map(presentWebhook) };
    },
  },
  {
    method: 'POST', url: '/webhooks', operationId: 'createWebhook',
    summary: 'Add an endpoint notified on publish, update, unpublish and kill. The signing secret is in this answer only.',
    tag: 'webhooks', access: 'webhooks.manage', status: 201, body: schema.object(FIELDS, ['url']),
    async handle({ ctx, actor, body }) {
      const { webhook, secret } = await createWebhook(ctx, actor, body as WebhookInput);
      return { data: { ...presentWebhook(webhook), secret } };
    },
  },
  {
    method: 'GET', url: '/webhooks/:id', operationId: 'getWebhook', summary: 'One endpoint.', tag: 'webhooks', access: 'webhooks.manage',
    async handle({ ctx, params }) {
      return { data: presentWebhook(await requireWebhook(ctx.store.db, params.id)) };
    },
  },
  {
    method: 'PATCH', url: '/webhooks/:id', operationId: 'updateWebhook', summary: 'Change an endpoint; rotateSecret issues a new signing secret (in this answer only).',
    tag: 'webhooks', access: 'webhooks.manage', body: schema.object({ ...FIELDS, rotateSecret: schema.boolean() }),
    async handle({ ctx, actor, params, body }) {
      const { webhook, secret } = await updateWebhook(ctx, actor, params.id, body as WebhookInput & { rotateSecret?: boolean });
      return { data: { ...presentWebhook(webhook), ...(secret ? { secret } : {}) } };
    },
  },
  {
    method: 'DELETE', url: '/webhooks/:id', operationId: 'deleteWebhook', summary: 'Remove an endpoint and its delivery log.', tag: 'webhooks',
    access: 'webhooks.manage', status: 204,
    async handle({ ctx, actor, params }) {
      await deleteWebhook(ctx, actor, params.id);
      return null;
    },
  },
  {
    method: 'GET', url: '/webhooks/:id/deliveries', operationId: 'listDeliveries', summary: 'The delivery log: every notification, its attempts and answers.',
    tag: 'webhooks', access: 'webhooks.manage',
    query: schema.object({ limit: schema.integer({ min: 1, max: 100 }), before: schema.integer({ description: 'Only deliveries with a smaller id.' }) }),
    async handle({ ctx, params, query }) {
      await requireWebhook(ctx.store.db, params.id);
      const rows = await listDeliveries(ctx.store.db, params.id, { limit: limitOf(query.limit, 50), beforeId: query.before as number | undefined });
      return { data: rows.map(presentDelivery) };
    },
  },
  {
    method: 'POST', url: '/webhooks/:id/ping', operationId: 'pingWebhook', summary: 'Send a test notification (event "ping").', tag: 'webhooks',
    access: 'webhooks.manage', status: 202,
    async handle(call) {
      const delivery = await pingWebhook(call.ctx, call.actor, call.params.id);
      sendSoon(call);
      return { data: presentDelivery(delivery) };
    },
  },
  {
    method: 'POST', url: '/webhooks/:id/deliveries/:deliveryId/retry', operationId: 'retryDelivery', summary: 'Send a finished or failed delivery again.',
    tag: 'webhooks', access: 'webhooks.manage', status: 202,
    async handle(call) {
      const delivery = await retryWebhookDelivery(call.ctx, call.actor, call.params.id, call.params.deliveryId);
      sendSoon(call);
      return { data: presentDelivery(delivery) };
    },
  },
]);
