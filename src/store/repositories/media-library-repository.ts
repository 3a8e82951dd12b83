import { sql } from 'kysely';
import type { MediaAsset } from '../../domain/media.ts';
import type { Executor } from '../database.ts';
import { findMediaByIds } from './media-repository.ts';

export interface MediaLibraryFilter {
  /** Words in the alt text, caption or credit, case-insensitive. */
  readonly text?: string;
  /** Keyset cursor: only assets with a smaller id (newer assets have larger ids). */
  readonly beforeId?: number;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The newsroom's pictures, newest first. */
export async function listMediaAssets(db: Executor, filter: MediaLibraryFilter, limit: number): Promise<MediaAsset[]> {
  let q = db.selectFrom('media_assets').select('id');
  if (filter.text !== undefined && filter.text.trim() !== '') {
    const pattern = `%${escapeLike(filter.text.trim().toLowerCase())}%`;
    q = q.where((eb) =>
      eb.or([
        sql<boolean>`lower(media_assets.alt) like ${pattern} escape '\\'`,
        sql<boolean>`lower(coalesce(media_assets.caption, '')) like ${pattern} escape '\\'`,
        sql<boolean>`lower(coalesce(media_assets.credit, '')) like ${pattern} escape '\\'`,
      ]),
    );
  }
  if (filter.beforeId !== undefined) q = q.where('media_assets.id', '<', filter.beforeId);
  const ids = (await q.orderBy('media_assets.id', 'desc').limit(limit).execute()).map((r) => r.id);
  const byId = await findMediaByIds(db, ids);
  return ids.map((id) => byId.get(id)).filter((a): a is MediaAsset => a !== undefined);
}

/** What shows a picture on a public page: stories leading with it and videos using it as their poster. */
export async function findMediaUses(db: Executor, mediaId: number): Promise<{ articleIds: number[]; videoIds: number[] }> {
  const [articles, videos] = await Promise.all([
    db.selectFrom('articles').select('id').where('lead_media_id', '=', mediaId).execute(),
    db.selectFrom('videos').select('id').where('thumbnail_media_id', '=', mediaId).execute(),
  ]);
  return { articleIds: articles.map((r) => r.id), videoIds: videos.map((r) => r.id) };
}
