import type { Video } from '../../domain/media.ts';
import type { Executor } from '../database.ts';
import { toDate } from './time-columns.ts';

type VideoRow = {
  id: number; slug: string; title: string; description: string | null; thumbnail_media_id: number | null; source_url: string;
  duration_seconds: number | null; published_at: number; series_id: number | null; section_id: number | null;
};

const toVideo = (r: VideoRow): Video =>
  Object.freeze({
    id: r.id, slug: r.slug, title: r.title, description: r.description, thumbnailMediaId: r.thumbnail_media_id,
    sourceUrl: r.source_url, durationSeconds: r.duration_seconds, publishedAt: toDate(r.published_at),
    seriesId: r.series_id, sectionId: r.section_id,
  });

export async function insertVideo(db: Executor, v: Omit<Video, 'id'>): Promise<Video> {
  const r = await db
    .insertInto('videos')
    .values({
      slug: v.slug, title: v.title, description: v.description, thumbnail_media_id: v.thumbnailMediaId, source_url: v.sourceUrl,
      duration_seconds: v.durationSeconds, published_at: v.publishedAt.getTime(), series_id: v.seriesId, section_id: v.sectionId,
      created_at: Date.now(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toVideo(r);
}

export async function findVideoBySlug(db: Executor, slug: string, now: Date): Promise<Video | null> {
  const r = await db.selectFrom('videos').selectAll().where('slug', '=', slug).where('published_at', '<=', now.getTime()).executeTakeFirst();
  return r ? toVideo(r) : null;
}

export async function findVideoById(db: Executor, id: number): Promise<Video | null> {
  const r = await db.selectFrom('videos').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toVideo(r) : null;
}

export async function listPublicVideos(
  db: Executor,
  now: Date,
  filter: { seriesId?: number; sectionId?: number },
  page: { limit: number; offset?: number },
): Promise<Video[]> {
  let q = db.selectFrom('videos').selectAll().where('published_at', '<=', now.getTime());
  if (filter.seriesId !== undefined) q = q.where('series_id', '=', filter.seriesId);
  if (filter.sectionId !== undefined) q = q.where('section_id', '=', filter.sectionId);
  const rows = await q.orderBy('published_at', 'desc').orderBy('id', 'desc').limit(page.limit).offset(page.offset ?? 0).execute();
  return rows.map(toVideo);
}

export async function countPublicVideos(db: Executor, now: Date, filter: { seriesId?: number } = {}): Promise<number> {
  let q = db.selectFrom('videos').where('published_at', '<=', now.getTime());
  if (filter.seriesId !== undefined) q = q.where('series_id', '=', filter.seriesId);
  const r = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}
