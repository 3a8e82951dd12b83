import { sql } from 'kysely';
import type { Article, ArticleStatus } from '../../domain/article.ts';
import type { Executor } from '../database.ts';
import { rowsToArticles } from './article-repository.ts';

/** What the newsroom's story list can narrow by. Unlike the public lists, every status is included. */
export interface DeskArticleFilter {
  readonly status?: ArticleStatus;
  readonly sectionId?: number;
  readonly origin?: 'local' | 'wire';
  readonly ownerUserId?: number;
  /** Credited to this byline record. */
  readonly authorId?: number;
  /** Words in the headline, case-insensitive. */
  readonly text?: string;
  /** Keyset cursor: older than this (edited_at, id) pair. */
  readonly before?: { readonly editedAt: number; readonly id: number };
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Most recently saved first. */
export async function listDeskArticles(db: Executor, filter: DeskArticleFilter, limit: number): Promise<Article[]> {
  let q = db.selectFrom('articles').selectAll('articles');
  if (filter.status !== undefined) q = q.where('articles.status', '=', filter.status);
  if (filter.sectionId !== undefined) q = q.where('articles.section_id', '=', filter.sectionId);
  if (filter.origin !== undefined) q = q.where('articles.origin', '=', filter.origin);
  if (filter.ownerUserId !== undefined) {
    const owner = filter.ownerUserId;
    q = q.where((eb) =>
      eb.exists(eb.selectFrom('article_owners').select('article_owners.article_id').whereRef('article_owners.article_id', '=', 'articles.id').where('article_owners.user_id', '=', owner)),
    );
  }
  if (filter.authorId !== undefined) {
    const author = filter.authorId;
    q = q.where((eb) =>
      eb.exists(eb.selectFrom('article_authors').select('article_authors.article_id').whereRef('article_authors.article_id', '=', 'articles.id').where('article_authors.author_id', '=', author)),
    );
  }
  if (filter.text !== undefined && filter.text.trim() !== '') {
    const pattern = `%${escapeLike(filter.text.trim().toLowerCase())}%`;
    q = q.where(sql<boolean>`lower(articles.headline) like ${pattern} escape '\\'`);
  }
  if (filter.before) {
    const { editedAt, id } = filter.before;
    q = q.where((eb) => eb.or([eb('articles.edited_at', '<', editedAt), eb.and([eb('articles.edited_at', '=', editedAt), eb('articles.id', '<', id)])]));
  }
  const rows = await q.orderBy('articles.edited_at', 'desc').orderBy('articles.id', 'desc').limit(limit).execute();
  return rowsToArticles(db, rows);
}
