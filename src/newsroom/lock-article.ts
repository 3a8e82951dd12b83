import type { Article } from '../domain/article.ts';
import { DatelineError } from '../errors.ts';
import type { Executor } from '../store/database.ts';
import { lockArticleRow } from '../store/repositories/article-lock.ts';
import { findArticleById } from '../store/repositories/article-repository.ts';

/** Inside a transaction: takes the story's row for this save and reads it. */
export async function lockArticle(db: Executor, id: number): Promise<Article> {
  if (!(await lockArticleRow(db, id))) throw new DatelineError('not-found', `no article with id ${id}`);
  return (await findArticleById(db, id))!;
}

/** The caller edited `expected`; anything newer in the store means someone else saved first. */
export function requireRevision(article: Article, expected: number | undefined): void {
  if (expected !== undefined && expected !== article.revision) {
    throw new DatelineError('conflict', `the story was saved by someone else (revision ${article.revision}, you edited ${expected}); reload it`, {
      details: { currentRevision: article.revision },
    });
  }
}
