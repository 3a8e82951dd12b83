import type { Article } from '../domain/article.ts';
import type { ArticleAccess } from '../domain/roles.ts';
import type { Executor } from '../store/database.ts';
import { findArticleOwner } from '../store/repositories/article-owner-repository.ts';

/** The facts the permission rules need about a story. */
export async function articleAccess(db: Executor, article: Article): Promise<ArticleAccess> {
  return Object.freeze({
    status: article.status,
    publishedAt: article.publishedAt,
    ownerUserId: await findArticleOwner(db, article.id),
    authorIds: article.authorIds,
  });
}
