import type { Executor } from '../database.ts';

export async function insertArticleOwner(db: Executor, articleId: number, userId: number): Promise<void> {
  await db.insertInto('article_owners').values({ article_id: articleId, user_id: userId }).execute();
}

export async function findArticleOwner(db: Executor, articleId: number): Promise<number | null> {
  const r = await db.selectFrom('article_owners').select('user_id').where('article_id', '=', articleId).executeTakeFirst();
  return r ? r.user_id : null;
}

export async function findArticleOwners(db: Executor, articleIds: readonly number[]): Promise<Map<number, number>> {
  if (articleIds.length === 0) return new Map();
  const rows = await db.selectFrom('article_owners').select(['article_id', 'user_id']).where('article_id', 'in', [...new Set(articleIds)]).execute();
  return new Map(rows.map((r) => [r.article_id, r.user_id]));
}
