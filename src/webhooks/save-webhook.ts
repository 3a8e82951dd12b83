import { randomSecret } from '../accounts/secret-token.ts';
import { requirePermission } from '../accounts/require-permission.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Actor } from '../domain/actor.ts';
import { plainText } from '../domain/sanitize-html.ts';
import { isWebhookEvent, type Webhook, type WebhookEvent } from '../domain/webhook.ts';
import { DatelineError } from '../errors.ts';
import type { ServiceContext } from '../service-context.ts';
import { deleteWebhookRow, findWebhookById, insertWebhook, updateWebhookRow } from '../store/repositories/webhook-repository.ts';

export interface WebhookInput {
  readonly url?: string;
  readonly description?: string | null;
  readonly events?: readonly string[];
  readonly active?: boolean;
}

function requireUrl(raw: string): string {
  try {
    const u = new URL(raw.trim());
    if ((u.protocol === 'https:' || u.protocol === 'http:') && !u.username && !u.password && u.href.length <= 2000) return u.href;
  } catch {
    // Falls through to the one error below.
  }
  throw new DatelineError('invalid-input', 'url must be an http(s) URL without credentials in it', { details: { field: 'url' } });
}

function requireEvents(raw: readonly string[]): WebhookEvent[] {
  const events = [...new Set(raw)];
  if (events.length === 0 || !events.every(isWebhookEvent)) {
    throw new DatelineError('invalid-input', 'events must be one or more of publish, update, unpublish, kill', { details: { field: 'events' } });
  }
  return events as WebhookEvent[];
}

const describe = (d: string | null | undefined) => (d === undefined ? undefined : d === null ? null : plainText(d).slice(0, 500) || null);

/** A fresh signing key. It is shown once, here; the endpoint's owner stores it to check signatures. */
const newWebhookSecret = () => `whsec_${randomSecret()}`;

export async function createWebhook(ctx: ServiceContext, actor: Actor, input: WebhookInput): Promise<{ webhook: Webhook; secret: string }> {
  requirePermission(actor, 'webhooks.manage');
  if (input.url === undefined) throw new DatelineError('invalid-input', 'a webhook needs a url', { details: { field: 'url' } });
  const url = requireUrl(input.url);
  const events = requireEvents(input.events ?? ['publish', 'update', 'unpublish', 'kill']);
  const secret = newWebhookSecret();
  const now = ctx.now();
  const webhook = await ctx.store.transaction(async (trx) => {
    const created = await insertWebhook(trx, { url, description: describe(input.description) ?? null, secret, events, active: input.active ?? true, now });
    await recordAudit(trx, actor, now, { action: 'webhook.create', targetType: 'webhook', targetId: created.id, details: { url, events } });
    return created;
  });
  return { webhook, secret };
}

/** Changes an endpoint; `rotateSecret` issues a new signing key (returned once) and the old one stops at once. */
export async function updateWebhook(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  input: WebhookInput & { rotateSecret?: boolean },
): Promise<{ webhook: Webhook; secret: string | null }> {
  requirePermission(actor, 'webhooks.manage');
  const url = input.url === undefined ? undefined : requireUrl(input.url);
  const events = input.events === undefined ? undefined : requireEvents(input.events);
  const secret = input.rotateSecret ? newWebhookSecret() : null;
  const now = ctx.now();
  const webhook = await ctx.store.transaction(async (trx) => {
    if (!(await findWebhookById(trx, id))) throw new DatelineError('not-found', `no webhook with id ${id}`);
    await updateWebhookRow(trx, id, { url, events, description: describe(input.description), active: input.active, secret: secret ?? undefined, now });
    await recordAudit(trx, actor, now, {
      action: 'webhook.update', targetType: 'webhook', targetId: id,
      details: { url, events, active: input.active, ...(secret ? { secretRotated: true } : {}) },
    });
    return (await findWebhookById(trx, id))!;
  });
  return { webhook, secret };
}

/** Removes an endpoint with its delivery log. */
export async function deleteWebhook(ctx: ServiceContext, actor: Actor, id: number): Promise<void> {
  requirePermission(actor, 'webhooks.manage');
  const now = ctx.now();
  await ctx.store.transaction(async (trx) => {
    const found = await findWebhookById(trx, id);
    if (!found) throw new DatelineError('not-found', `no webhook with id ${id}`);
    await deleteWebhookRow(trx, id);
    await recordAudit(trx, actor, now, { action: 'webhook.delete', targetType: 'webhook', targetId: id, details: { url: found.url } });
  });
}
