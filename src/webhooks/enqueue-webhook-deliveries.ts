import type { ChangeEvent } from '../events/change-event.ts';
import type { ServiceContext } from '../service-context.ts';
import { findArticleById } from '../store/repositories/article-repository.ts';
import { findSectionById } from '../store/repositories/section-repository.ts';
import { readSiteSettings } from '../store/repositories/settings-repository.ts';
import { insertDelivery } from '../store/repositories/webhook-delivery-repository.ts';
import { listSubscribedWebhooks } from '../store/repositories/webhook-repository.ts';
import { articleWebhookBody, EVENT_OF_CHANGE } from './webhook-payload.ts';

/**
 * Turns a committed story change into one queued delivery per subscribed
 * endpoint, in one transaction. From here on the queue is in the store, so
 * the notifications survive a restart. `publicUrl` overrides the stored
 * base URL, as it does for pages. Returns how many were queued.
 */
export async function enqueueWebhookDeliveries(ctx: ServiceContext, change: ChangeEvent, publicUrl?: string): Promise<number> {
  const event = EVENT_OF_CHANGE[change.kind];
  if (!event || change.id === null) return 0;
  const articleId = change.id;
  return ctx.store.transaction(async (trx) => {
    const hooks = await listSubscribedWebhooks(trx, event);
    if (hooks.length === 0) return 0;
    const article = await findArticleById(trx, articleId);
    if (!article) return 0;
    const [section, settings] = await Promise.all([findSectionById(trx, article.sectionId), readSiteSettings(trx)]);
    const payload = articleWebhookBody(event, article, section?.path ?? '', publicUrl ?? settings.baseUrl, change.at);
    const now = ctx.now();
    for (const hook of hooks) await insertDelivery(trx, { webhookId: hook.id, event, payload, now });
    return hooks.length;
  });
}
