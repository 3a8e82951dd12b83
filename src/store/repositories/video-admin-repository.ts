import type { Video } from '../../domain/media.ts';
import type { Executor } from '../database.ts';
import { findVideoById } from './video-repository.ts';

/** Every video, scheduled ones included, newest first. */
export async function listAllVideos(db: Executor, page: { limit: number; offset: number }): Promise<Video[]> {
  const rows = await db.selectFrom('videos').select('id').orderBy('published_at', 'desc').orderBy('id', 'desc').limit(page.limit).offset(page.offset).execute();
  const found = await Promise.all(rows.map((r) => findVideoById(db, r.id)));
  return found.filter((v): v is Video => v !== null);
}

export async function updateVideoRow(db: Executor, id: number, changes: Partial<Omit<Video, 'id'>>): Promise<void> {
  const set = {
    ...(changes.slug !== undefined ? { slug: changes.slug } : {}),
    ...(changes.title !== undefined ? { title: changes.title } : {}),
    ...(changes.description !== undefined ? { description: changes.description } : {}),
    ...(changes.thumbnailMediaId !== undefined ? { thumbnail_media_id: changes.thumbnailMediaId } : {}),
    ...(changes.sourceUrl !== undefined ? { source_url: changes.sourceUrl } : {}),
    ...(changes.durationSeconds !== undefined ? { duration_seconds: changes.durationSeconds } : {}),
    ...(changes.publishedAt !== undefined ? { published_at: changes.publishedAt.getTime() } : {}),
    ...(changes.seriesId !== undefined ? { series_id: changes.seriesId } : {}),
    ...(changes.sectionId !== undefined ? { section_id: changes.sectionId } : {}),
  };
  if (Object.keys(set).length === 0) return;
  await db.updateTable('videos').set(set).where('id', '=', id).execute();
}

export async function deleteVideoRow(db: Executor, id: number): Promise<void> {
  await db.deleteFrom('videos').where('id', '=', id).execute();
}
