import type { ArticleSummary } from '../domain/article.ts';
import type { Video } from '../domain/media.ts';
import { findMediaByIds } from '../store/repositories/media-repository.ts';
import type { StorySummary, VideoSummary } from '../site/view-models.ts';
import type { ImageRole, ReadContext } from './read-context.ts';

export async function storySummaries(ctx: ReadContext, articles: readonly ArticleSummary[], role: ImageRole = 'card'): Promise<StorySummary[]> {
  const media = await findMediaByIds(ctx.db, articles.map((a) => a.leadMediaId).filter((id): id is number => id !== null));
  return articles.map((a) => {
    const asset = a.leadMediaId !== null ? media.get(a.leadMediaId) : undefined;
    return {
      kind: 'story',
      id: a.id,
      slug: a.slug,
      section: ctx.sections.link(a.sectionId),
      headline: a.headline,
      dek: a.dek,
      publishedAt: a.publishedAt ?? a.createdAt,
      updatedAt: a.updatedAt,
      image: asset ? ctx.image(asset, role) : null,
    };
  });
}

export async function videoSummaries(ctx: ReadContext, videos: readonly Video[]): Promise<VideoSummary[]> {
  const media = await findMediaByIds(ctx.db, videos.map((v) => v.thumbnailMediaId).filter((id): id is number => id !== null));
  return videos.map((v) => {
    const asset = v.thumbnailMediaId !== null ? media.get(v.thumbnailMediaId) : undefined;
    return {
      kind: 'video',
      id: v.id,
      slug: v.slug,
      title: v.title,
      publishedAt: v.publishedAt,
      durationSeconds: v.durationSeconds,
      thumbnail: asset ? { ...ctx.image(asset, 'thumb'), alt: `Thumbnail for the video titled "${v.title}"` } : null,
    };
  });
}
