import type { Executor } from '../database.ts';

/**
 * Holds the story's row until the transaction ends, so two saves of the
 * same story run one after the other and the revision check of the second
 * sees the first. A no-op update does this on both stores: PostgreSQL takes
 * the row lock, SQLite already runs one writer at a time. Returns false
 * when there is no such story.
 */
export async function lockArticleRow(db: Executor, id: number): Promise<boolean> {
  const r = await db.updateTable('articles').set((eb) => ({ revision: eb.ref('revision') })).where('id', '=', id).executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}
