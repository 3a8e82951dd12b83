import type { CuratedEntry, CuratedList } from '../../domain/curation.ts';
import type { Executor } from '../database.ts';
import { toDateOrNull } from './time-columns.ts';

export async function findListBySlug(db: Executor, slug: string): Promise<CuratedList | null> {
  const r = await db.selectFrom('curated_lists').selectAll().where('slug', '=', slug).executeTakeFirst();
  return r ? Object.freeze({ ...r }) : null;
}

export async function listCuratedLists(db: Executor): Promise<CuratedList[]> {
  return (await db.selectFrom('curated_lists').selectAll().orderBy('name').execute()).map((r) => Object.freeze({ ...r }));
}

export async function insertList(db: Executor, l: Omit<CuratedList, 'id'>): Promise<CuratedList> {
  const r = await db.insertInto('curated_lists').values({ slug: l.slug, name: l.name }).returningAll().executeTakeFirstOrThrow();
  return Object.freeze({ ...r });
}

/** Replaces the list's entries with these, in this order. */
export async function replaceListEntries(
  db: Executor,
  listId: number,
  entries: readonly { articleId: number; pinned?: boolean; expiresAt?: Date | null }[],
): Promise<void> {
  await db.deleteFrom('curated_entries').where('list_id', '=', listId).execute();
  if (entries.length === 0) return;
  await db
    .insertInto('curated_entries')
    .values(
      entries.map((e, position) => ({
        list_id: listId, article_id: e.articleId, position, pinned: e.pinned ? 1 : 0, expires_at: e.expiresAt ? e.expiresAt.getTime() : null,
      })),
    )
    .execute();
}

/** Entries still in force at `now`, in order (expired entries drop out by themselves). */
export async function listEntries(db: Executor, listId: number, now: Date): Promise<CuratedEntry[]> {
  const rows = await db
    .selectFrom('curated_entries')
    .selectAll()
    .where('list_id', '=', listId)
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now.getTime())]))
    .orderBy('position')
    .execute();
  return rows.map((r) =>
    Object.freeze({ listId: r.list_id, articleId: r.article_id, position: r.position, pinned: r.pinned === 1, expiresAt: toDateOrNull(r.expires_at) }),
  );
}

export async function listsContainingArticle(db: Executor, articleId: number): Promise<number[]> {
  const rows = await db.selectFrom('curated_entries').select('list_id').where('article_id', '=', articleId).execute();
  return rows.map((r) => r.list_id);
}
