import type { Article } from '../domain/article.ts';
import { DatelineError } from '../errors.ts';
import type { ChangeEvent } from '../events/change-event.ts';
import type { ServiceContext } from '../service-context.ts';
import type { ArticleRowUpdate, Executor } from '../store/database.ts';
import { findArticleById, updateArticleRow } from '../store/repositories/article-repository.ts';
import { articleKeys } from './article-keys.ts';
import { articleChangeKind, articleEvent } from './change-events.ts';
import { recordRevision } from './record-revision.ts';

/**
 * Glossary. publish: public now (keeping the first-published time if it went
 * out before). schedule: public at a future time. unpublish: back to draft.
 * withhold: off the site for now, may return (wire `withheld`). kill: removed
 * for good, its URL answers 410 (wire `canceled`).
 */
export type StatusAction =
  | { readonly kind: 'publish' }
  | { readonly kind: 'schedule'; readonly at: Date }
  | { readonly kind: 'unpublish' }
  | { readonly kind: 'withhold' }
  | { readonly kind: 'kill' };

export async function applyStatusChange(
  db: Executor,
  id: number,
  action: StatusAction,
  actor: string | null,
  now: Date,
): Promise<{ article: Article; event: ChangeEvent }> {
  const before = await findArticleById(db, id);
  if (!before) throw new DatelineError('not-found', `no article with id ${id}`);
  if (before.status === 'killed' && action.kind !== 'kill') {
    throw new DatelineError('conflict', 'a killed story stays killed');
  }
  const wentOut = before.publishedAt !== null && before.publishedAt.getTime() <= now.getTime() && before.status !== 'draft';
  const u: ArticleRowUpdate = { edited_at: now.getTime(), revision: before.revision + 1 };
  switch (action.kind) {
    case 'publish':
      u.status = 'published';
      u.published_at = before.publishedAt && before.publishedAt.getTime() <= now.getTime() ? before.publishedAt.getTime() : now.getTime();
      break;
    case 'schedule':
      if (action.at.getTime() <= now.getTime()) throw new DatelineError('invalid-input', 'a scheduled time must be in the future', { details: { field: 'at' } });
      if (wentOut && before.status === 'published') throw new DatelineError('conflict', 'the story is already public; unpublish it before scheduling it');
      u.status = 'published';
      u.published_at = action.at.getTime();
      break;
    case 'unpublish':
      u.status = 'draft';
      break;
    case 'withhold':
      u.status = 'withheld';
      break;
    case 'kill':
      u.status = 'killed';
      break;
  }
  await updateArticleRow(db, id, u);
  const article = await recordRevision(db, id, actor, now);
  return { article, event: articleEvent(articleChangeKind(before, article, now), article, await articleKeys(db, article), now) };
}

export async function changeArticleStatus(ctx: ServiceContext, id: number, action: StatusAction, actor: string | null): Promise<Article> {
  const now = ctx.now();
  const { article, event } = await ctx.store.transaction((trx) => applyStatusChange(trx, id, action, actor, now));
  await ctx.bus.publish([event]);
  return article;
}
