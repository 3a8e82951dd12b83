import { keys } from '../domain/surrogate-keys.ts';
import { findMediaById } from '../store/repositories/media-repository.ts';
import { findSeriesById } from '../store/repositories/series-repository.ts';
import { findVideoBySlug, listPublicVideos } from '../store/repositories/video-repository.ts';
import type { VideoSourceView, VideoView } from '../site/view-models.ts';
import type { Loaded } from './load-listing-pages.ts';
import type { ReadContext } from './read-context.ts';
import { videoSummaries } from './story-summaries.ts';

export function videoSource(url: string): VideoSourceView {
  const path = url.split('?')[0].toLowerCase();
  const mimeType = path.endsWith('.m3u8') ? 'application/vnd.apple.mpegurl' : path.endsWith('.webm') ? 'video/webm' : 'video/mp4';
  return { url, mimeType };
}

export async function loadVideoPage(ctx: ReadContext, slug: string): Promise<Loaded<VideoView>> {
  const video = await findVideoBySlug(ctx.db, slug, ctx.now);
  if (!video) return { kind: 'not-found' };
  const [poster, series, more] = await Promise.all([
    video.thumbnailMediaId !== null ? findMediaById(ctx.db, video.thumbnailMediaId) : Promise.resolve(null),
    video.seriesId !== null ? findSeriesById(ctx.db, video.seriesId) : Promise.resolve(null),
    listPublicVideos(ctx.db, ctx.now, {}, { limit: 9 }).then((v) => videoSummaries(ctx, v.filter((x) => x.id !== video.id).slice(0, 8))),
  ]);
  return {
    kind: 'ok',
    keys: [keys.video(video.id), keys.videos, keys.settings],
    view: {
      id: video.id,
      slug: video.slug,
      title: video.title,
      description: video.description,
      publishedAt: video.publishedAt,
      durationSeconds: video.durationSeconds,
      poster: poster ? { ...ctx.image(poster, 'lead'), alt: `Poster for the video titled "${video.title}"` } : null,
      sources: [videoSource(video.sourceUrl)],
      tracks: [],
      section: video.sectionId !== null ? ctx.sections.link(video.sectionId) : null,
      series,
      moreVideos: more,
    },
  };
}
