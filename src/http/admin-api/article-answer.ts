import type { Article } from '../../domain/article.ts';
import { can, type Permission } from '../../domain/roles.ts';
import { DatelineError } from '../../errors.ts';
import { articleAccess } from '../../newsroom/article-access.ts';
import type { Executor } from '../../store/database.ts';
import { findArticleById } from '../../store/repositories/article-repository.ts';
import type { AdminCall } from './admin-route.ts';
import { deskArticleView } from './desk-article-view.ts';
import { articleEtag } from './presenters/present-desk-article.ts';

export async function requireArticle(db: Executor, id: number): Promise<Article> {
  const article = await findArticleById(db, id);
  if (!article) throw new DatelineError('not-found', `no article with id ${id}`);
  return article;
}

/**
 * Answers with the story as saved, its ETag for the next change, and what
 * the caller may do with it (so a UI offers only those actions).
 */
export async function articleAnswer(call: AdminCall, id: number) {
  const db = call.ctx.store.db;
  const article = await requireArticle(db, id);
  const access = await articleAccess(db, article);
  const principal = call.actor.principal;
  const may = (p: Permission) => principal === null || can(principal, p, access);
  call.reply.header('etag', articleEtag(article));
  return {
    data: await deskArticleView(db, article, call.ctx.now()),
    allowed: { edit: may('article.edit'), publish: may('article.publish'), withhold: may('article.withhold'), kill: may('article.kill') },
  };
}
