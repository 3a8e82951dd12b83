import type { Executor } from '../database.ts';

/** Stories whose lead picture is one of these assets. */
export async function articlesLeadingWith(db: Executor, mediaIds: readonly number[]): Promise<number[]> {
  if (mediaIds.length === 0) return [];
  const rows = await db.selectFrom('articles').select('id').where('lead_media_id', 'in', [...mediaIds]).execute();
  return rows.map((r) => r.id);
}

/** Takes these assets off every video that uses one as its poster; returns the videos changed. */
export async function clearVideoPosters(db: Executor, mediaIds: readonly number[]): Promise<number[]> {
  if (mediaIds.length === 0) return [];
  const rows = await db.selectFrom('videos').select('id').where('thumbnail_media_id', 'in', [...mediaIds]).execute();
  if (rows.length > 0) await db.updateTable('videos').set({ thumbnail_media_id: null }).where('thumbnail_media_id', 'in', [...mediaIds]).execute();
  return rows.map((r) => r.id);
}

export async function deleteMediaAssets(db: Executor, ids: readonly number[]): Promise<void> {
  if (ids.length > 0) await db.deleteFrom('media_assets').where('id', 'in', [...ids]).execute();
}

/** Whether any asset still points at this original in the media store. */
export async function storageKeyInUse(db: Executor, storageKey: string): Promise<boolean> {
  return (await db.selectFrom('media_assets').select('id').where('storage_key', '=', storageKey).executeTakeFirst()) !== undefined;
}
