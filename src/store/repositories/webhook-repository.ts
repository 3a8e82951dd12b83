import type { Selectable } from 'kysely';
import type { Webhook, WebhookEvent } from '../../domain/webhook.ts';
import type { Executor, WebhooksTable } from '../database.ts';
import { toDate } from './time-columns.ts';

const INFO_COLUMNS = ['id', 'url', 'description', 'events', 'active', 'created_at', 'updated_at'] as const;

function toWebhook(r: Omit<Selectable<WebhooksTable>, 'secret'>): Webhook {
  return Object.freeze({
    id: r.id, url: r.url, description: r.description, events: Object.freeze(JSON.parse(r.events) as WebhookEvent[]),
    active: r.active === 1, createdAt: toDate(r.created_at), updatedAt: toDate(r.updated_at),
  });
}

export async function insertWebhook(
  db: Executor,
  w: { url: string; description: string | null; secret: string; events: readonly WebhookEvent[]; active: boolean; now: Date },
): Promise<Webhook> {
  const r = await db
    .insertInto('webhooks')
    .values({
      url: w.url, description: w.description, secret: w.secret, events: JSON.stringify(w.events), active: w.active ? 1 : 0,
      created_at: w.now.getTime(), updated_at: w.now.getTime(),
    })
    .returning(INFO_COLUMNS)
    .executeTakeFirstOrThrow();
  return toWebhook(r);
}

export async function findWebhookById(db: Executor, id: number): Promise<Webhook | null> {
  const r = await db.selectFrom('webhooks').select(INFO_COLUMNS).where('id', '=', id).executeTakeFirst();
  return r ? toWebhook(r) : null;
}

export async function listWebhooks(db: Executor): Promise<Webhook[]> {
  return (await db.selectFrom('webhooks').select(INFO_COLUMNS).orderBy('id').execute()).map(toWebhook);
}

/** Active endpoints that asked for this event. */
export async function listSubscribedWebhooks(db: Executor, event: WebhookEvent): Promise<Webhook[]> {
  const all = (await db.selectFrom('webhooks').select(INFO_COLUMNS).where('active', '=', 1).orderBy('id').execute()).map(toWebhook);
  return all.filter((w) => w.events.includes(event));
}

/** The signing key, read only by the deliverer. */
export async function findWebhookSecret(db: Executor, id: number): Promise<string | null> {
  const r = await db.selectFrom('webhooks').select('secret').where('id', '=', id).executeTakeFirst();
  return r ? r.secret : null;
}

export async function updateWebhookRow(
  db: Executor,
  id: number,
  changes: { url?: string; description?: string | null; events?: readonly WebhookEvent[]; active?: boolean; secret?: string; now: Date },
): Promise<void> {
  await db
    .updateTable('webhooks')
    .set({
      ...(changes.url !== undefined ? { url: changes.url } : {}),
      ...(changes.description !== undefined ? { description: changes.description } : {}),
      ...(changes.events !== undefined ? { events: JSON.stringify(changes.events) } : {}),
      ...(changes.active !== undefined ? { active: changes.active ? 1 : 0 } : {}),
      ...(changes.secret !== undefined ? { secret: changes.secret } : {}),
      updated_at: changes.now.getTime(),
    })
    .where('id', '=', id)
    .execute();
}

export async function deleteWebhookRow(db: Executor, id: number): Promise<void> {
  await db.deleteFrom('webhooks').where('id', '=', id).execute();
}
