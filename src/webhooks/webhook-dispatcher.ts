import { MAX_DELIVERY_ATTEMPTS, retryDelayMs } from '../domain/webhook.ts';
import type { ServiceContext } from '../service-context.ts';
import { claimDelivery, findDelivery, listDueDeliveryIds, recordDeliveryAttempt } from '../store/repositories/webhook-delivery-repository.ts';
import { findWebhookById, findWebhookSecret } from '../store/repositories/webhook-repository.ts';
import { isRemoteChange } from '../cluster/remote-change.ts';
import { enqueueWebhookDeliveries } from './enqueue-webhook-deliveries.ts';
import { signWebhookBody, WEBHOOK_HEADERS } from './webhook-signature.ts';

export interface WebhookDispatcherOptions {
  /** How often to look for due deliveries (retries, and work left by a restart or another node). */
  readonly everyMs?: number;
  /** How long an endpoint may take to answer. */
  readonly timeoutMs?: number;
  readonly maxAttempts?: number;
  /** Overrides the stored site URL in payloads, as PUBLIC_URL does for pages. */
  readonly publicUrl?: string;
  readonly fetch?: typeof fetch;
}

const BATCH = 20;

/**
 * Sends queued webhook deliveries. Story changes are queued as they are
 * announced, then sent at once; a failure is retried with growing waits
 * (see `retryDelayMs`), and the queue lives in the store, so a restart or a
 * crash loses nothing. Several nodes can run one each: a delivery is leased
 * before it is sent.
 */
export class WebhookDispatcher {
  private timer: NodeJS.Timeout | null = null;
  private unsubscribe: (() => void) | null = null;
  private running: Promise<void> = Promise.resolve();
  private readonly everyMs: number;
  private readonly timeoutMs: number;
  private readonly maxAttempts: number;
  private readonly send: typeof fetch;

  constructor(private readonly ctx: ServiceContext, private readonly options: WebhookDispatcherOptions = {}) {
    this.everyMs = options.everyMs ?? 5000;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.maxAttempts = options.maxAttempts ?? MAX_DELIVERY_ATTEMPTS;
    this.send = options.fetch ?? fetch;
  }

  /** Listens for story changes and starts the retry loop; sends whatever is already due. */
  start(): void {
    if (this.unsubscribe) return;
    this.unsubscribe = this.ctx.bus.subscribe(async (event) => {
      // A change relayed from another node was queued for delivery by that node.
      if (isRemoteChange(event)) return;
      if ((await enqueueWebhookDeliveries(this.ctx, event, this.options.publicUrl)) > 0) void this.runDue();
    });
    this.timer = setInterval(() => void this.runDue(), this.everyMs);
    this.timer.unref();
    void this.runDue();
  }

  /** Sends every due delivery; runs never overlap. Resolves when this round is done. */
  runDue(): Promise<void> {
    this.running = this.running.then(() =>
      this.round().catch((error) => this.ctx.logger.error({ err: error }, 'webhook delivery round failed')),
    );
    return this.running;
  }

  private async round(): Promise<void> {
    for (;;) {
      const ids = await listDueDeliveryIds(this.ctx.store.db, this.ctx.now(), BATCH);
      if (ids.length === 0) return;
      await Promise.all(ids.map((id) => this.attempt(id)));
      if (ids.length < BATCH) return;
    }
  }

  private async attempt(id: number): Promise<void> {
    const db = this.ctx.store.db;
    const leaseUntil = new Date(this.ctx.now().getTime() + this.timeoutMs * 3);
    if (!(await claimDelivery(db, id, this.ctx.now(), leaseUntil))) return;
    const delivery = await findDelivery(db, id);
    const hook = delivery ? await findWebhookById(db, delivery.webhookId) : null;
    const secret = hook ? await findWebhookSecret(db, hook.id) : null;
    if (!delivery || !hook || secret === null) return;
    if (!hook.active) {
      await recordDeliveryAttempt(db, id, {
        status: 'failed', attempts: delivery.attempts, at: this.ctx.now(), nextAttemptAt: null, responseStatus: null,
        error: 'the endpoint was switched off before this was sent',
      });
      return;
    }
    const startedAt = this.ctx.now();
    const timestamp = Math.floor(startedAt.getTime() / 1000);
    let status: number | null = null;
    let error: string | null = null;
    try {
      const res = await this.send(hook.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Dateline-Webhooks/1',
          [WEBHOOK_HEADERS.event]: delivery.event,
          [WEBHOOK_HEADERS.delivery]: String(delivery.id),
          [WEBHOOK_HEADERS.timestamp]: String(timestamp),
          [WEBHOOK_HEADERS.signature]: signWebhookBody(secret, timestamp, delivery.payload),
        },
        body: delivery.payload,
        // A redirect would send the signed body somewhere nobody configured.
        redirect: 'manual',
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      status = res.status;
      await res.body?.cancel().catch(() => {});
      if (status < 200 || status > 299) error = `endpoint answered ${status}`;
    } catch (e) {
      error = describeFailure(e, this.timeoutMs);
    }
    const attempts = delivery.attempts + 1;
    const at = this.ctx.now();
    const gaveUp = error !== null && attempts >= this.maxAttempts;
    await recordDeliveryAttempt(db, id, {
      status: error === null ? 'delivered' : gaveUp ? 'failed' : 'pending',
      attempts,
      at,
      nextAttemptAt: error === null || gaveUp ? null : new Date(at.getTime() + retryDelayMs(attempts)),
      responseStatus: status,
      error,
    });
    if (gaveUp) this.ctx.logger.warn({ webhook: hook.id, delivery: id, attempts }, 'webhook delivery gave up');
  }

  async stop(): Promise<void> {
    this.unsubscribe?.();
    this.unsubscribe = null;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}

function describeFailure(e: unknown, timeoutMs: number): string {
  const err = e as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') {
    return `no answer within ${timeoutMs % 1000 === 0 ? `${timeoutMs / 1000} s` : `${timeoutMs} ms`}`;
  }
  const detail = err.cause?.code ?? err.cause?.message ?? err.message ?? String(e);
  return `could not reach the endpoint (${detail})`.slice(0, 500);
}
