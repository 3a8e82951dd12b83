import type { CuratedEntry, CuratedList } from '../../domain/curation.ts';
import type { Executor } from '../database.ts';
import { toDateOrNull } from './time-columns.ts';

export async function findListById(db: Executor, id: number): Promise<CuratedList | null> {
  const r = await db.selectFrom('curated_lists').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? Object.freeze({ ...r }) : null;
}

export async function updateListRow(db: Executor, id: number, changes: { slug?: string; name?: string }): Promise<void> {
  if (changes.slug === undefined && changes.name === undefined) return;
  await db
    .updateTable('curated_lists')
    .set({ ...(changes.slug !== undefined ? { slug: changes.slug } : {}), ...(changes.name !== undefined ? { name: changes.name } : {}) })
    .where('id', '=', id)
    .execute();
}

export async function deleteListRow(db: Executor, id: number): Promise<void> {
  await db.deleteFrom('curated_lists').where('id', '=', id).execute();
}

/** Every entry, expired ones included: editors see what dropped off and why. */
export async function listAllEntries(db: Executor, listId: number): Promise<CuratedEntry[]> {
  const rows = await db.selectFrom('curated_entries').selectAll().where('list_id', '=', listId).orderBy('position').execute();
  return rows.map((r) =>
    Object.freeze({ listId: r.list_id, articleId: r.article_id, position: r.position, pinned: r.pinned === 1, expiresAt: toDateOrNull(r.expires_at) }),
  );
}
