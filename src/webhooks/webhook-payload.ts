import { randomUUID } from 'node:crypto';
import type { Article } from '../domain/article.ts';
import type { WebhookEvent } from '../domain/webhook.ts';
import { lifecycleState } from '../domain/visibility.ts';
import type { ChangeKind } from '../events/change-event.ts';
import { absoluteUrl, urls } from '../site/urls.ts';

/** The changes a webhook announces, by the name endpoints subscribe to. */
export const EVENT_OF_CHANGE: Partial<Record<ChangeKind, WebhookEvent>> = Object.freeze({
  'article.published': 'publish',
  'article.updated': 'update',
  'article.unpublished': 'unpublish',
  'article.killed': 'kill',
});

/**
 * The body sent for a story event. Built once when the event happens and
 * kept, so every retry sends (and signs) exactly the same bytes; `id` lets a
 * receiver drop a duplicate.
 */
export function articleWebhookBody(event: WebhookEvent, article: Article, sectionPath: string, baseUrl: string, at: Date): string {
  const path = urls.article(sectionPath, article.slug);
  return JSON.stringify({
    id: randomUUID(),
    event,
    occurredAt: at.toISOString(),
    article: {
      id: article.id,
      headline: article.headline,
      path,
      url: absoluteUrl(baseUrl, path),
      state: lifecycleState(article, at),
      publishedAt: article.publishedAt?.toISOString() ?? null,
      updatedAt: article.updatedAt?.toISOString() ?? null,
      updateNote: article.updateNote,
      correctionNote: article.correctionNote,
      revision: article.revision,
      wire: article.origin.kind === 'wire' ? { provider: article.origin.provider, guid: article.origin.guid, version: article.origin.version } : null,
    },
  });
}

export function pingWebhookBody(webhookId: number, at: Date): string {
  return JSON.stringify({ id: randomUUID(), event: 'ping', occurredAt: at.toISOString(), webhook: { id: webhookId } });
}
