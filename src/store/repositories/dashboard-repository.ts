import type { Article } from '../../domain/article.ts';
import type { Executor } from '../database.ts';
import { rowsToArticles } from './article-repository.ts';

/** Stories set to go live later, soonest first. */
export async function listScheduledArticles(db: Executor, now: Date, limit: number): Promise<Article[]> {
  const rows = await db
    .selectFrom('articles')
    .selectAll()
    .where('status', '=', 'published')
    .where('published_at', '>', now.getTime())
    .orderBy('published_at', 'asc')
    .orderBy('id', 'asc')
    .limit(limit)
    .execute();
  return rowsToArticles(db, rows);
}

/** How many wire stories are held for an editor. */
export async function countHeldWireStories(db: Executor): Promise<number> {
  const r = await db
    .selectFrom('articles')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('origin', '=', 'wire')
    .where('status', '=', 'draft')
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
