import type { Selectable } from 'kysely';
import type { DeliveryStatus, WebhookDelivery } from '../../domain/webhook.ts';
import type { Executor, WebhookDeliveriesTable } from '../database.ts';
import { toDate, toDateOrNull } from './time-columns.ts';

function toDelivery(r: Selectable<WebhookDeliveriesTable>): WebhookDelivery {
  return Object.freeze({
    id: r.id, webhookId: r.webhook_id, event: r.event, payload: r.payload, status: r.status as DeliveryStatus, attempts: r.attempts,
    nextAttemptAt: toDateOrNull(r.next_attempt_at), lastAttemptAt: toDateOrNull(r.last_attempt_at), responseStatus: r.response_status,
    lastError: r.last_error, createdAt: toDate(r.created_at), deliveredAt: toDateOrNull(r.delivered_at),
  });
}

export async function insertDelivery(db: Executor, d: { webhookId: number; event: string; payload: string; now: Date }): Promise<WebhookDelivery> {
  const r = await db
    .insertInto('webhook_deliveries')
    .values({
      webhook_id: d.webhookId, event: d.event, payload: d.payload, status: 'pending', attempts: 0, next_attempt_at: d.now.getTime(),
      lease_until: null, last_attempt_at: null, response_status: null, last_error: null, created_at: d.now.getTime(), delivered_at: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toDelivery(r);
}

export async function findDelivery(db: Executor, id: number): Promise<WebhookDelivery | null> {
  const r = await db.selectFrom('webhook_deliveries').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toDelivery(r) : null;
}

/** The delivery log of one endpoint, newest first. */
export async function listDeliveries(db: Executor, webhookId: number, page: { limit: number; beforeId?: number }): Promise<WebhookDelivery[]> {
  let q = db.selectFrom('webhook_deliveries').selectAll().where('webhook_id', '=', webhookId);
  if (page.beforeId !== undefined) q = q.where('id', '<', page.beforeId);
  return (await q.orderBy('id', 'desc').limit(page.limit).execute()).map(toDelivery);
}

/** Ids of pending deliveries that are due and not being sent by anyone, oldest first. */
export async function listDueDeliveryIds(db: Executor, now: Date, limit: number): Promise<number[]> {
  const t = now.getTime();
  const rows = await db
    .selectFrom('webhook_deliveries')
    .select('id')
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', t)
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<=', t)]))
    .orderBy('next_attempt_at')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Takes a delivery for sending until `leaseUntil`. The conditional update is
 * the claim: when several nodes race for it, exactly one sees a changed row.
 */
export async function claimDelivery(db: Executor, id: number, now: Date, leaseUntil: Date): Promise<boolean> {
  const t = now.getTime();
  const r = await db
    .updateTable('webhook_deliveries')
    .set({ lease_until: leaseUntil.getTime() })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', t)
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<=', t)]))
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function recordDeliveryAttempt(
  db: Executor,
  id: number,
  outcome: {
    status: DeliveryStatus;
    attempts: number;
    at: Date;
    nextAttemptAt: Date | null;
    responseStatus: number | null;
    error: string | null;
  },
): Promise<void> {
  await db
    .updateTable('webhook_deliveries')
    .set({
      status: outcome.status, attempts: outcome.attempts, last_attempt_at: outcome.at.getTime(),
      next_attempt_at: outcome.nextAttemptAt ? outcome.nextAttemptAt.getTime() : null, lease_until: null,
      response_status: outcome.responseStatus, last_error: outcome.error,
      delivered_at: outcome.status === 'delivered' ? outcome.at.getTime() : null,
    })
    .where('id', '=', id)
    .execute();
}

/** Puts a delivery back in the queue, due now, with a fresh count of attempts. */
export async function requeueDelivery(db: Executor, id: number, now: Date): Promise<void> {
  await db
    .updateTable('webhook_deliveries')
    .set({ status: 'pending', attempts: 0, next_attempt_at: now.getTime(), lease_until: null, delivered_at: null })
    .where('id', '=', id)
    .execute();
}
