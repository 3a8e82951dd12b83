import type { DateZone } from '../format/date-time.ts';
import { formatDuration, isoDuration } from '../format/duration.ts';
import { html, type SafeHtml } from '../html.ts';
import { urls } from '../urls.ts';
import type { VideoSummary } from '../view-models.ts';
import { renderHeading, type HeadingLevel } from './heading.ts';
import { renderPicture } from './picture.ts';
import { renderTime } from './time.ts';

const CARD_SIZES = '(min-width: 60rem) 22rem, (min-width: 32rem) 45vw, 100vw';
const RAIL_SIZES = '7.5rem';

/** The alt text stations use for video posters, so a screen reader knows the picture stands for a video. */
export function videoThumbnailAlt(title: string): string {
  return `Thumbnail for the video titled "${title}"`;
}

export function renderDuration(seconds: number | null): SafeHtml | '' {
  if (seconds === null || seconds <= 0) return '';
  return html`<span class="duration"><span class="visually-hidden">Running time </span><time datetime="${isoDuration(seconds)}">${formatDuration(seconds)}</time></span>`;
}

export function renderVideoCard(video: VideoSummary, zone: DateZone, headingLevel: HeadingLevel): SafeHtml {
  const thumb = video.thumbnail
    ? renderPicture(video.thumbnail, { alt: videoThumbnailAlt(video.title), sizes: CARD_SIZES })
    : '';
  return html`<article class="card">${thumb}<div>${renderHeading(
    headingLevel,
    html`<a href="${urls.video(video.slug)}">${video.title}</a>`,
  )}<p class="meta">${renderTime(video.publishedAt, zone)} ${renderDuration(video.durationSeconds)}</p></div></article>`;
}

export function renderVideoGrid(videos: readonly VideoSummary[], zone: DateZone, headingLevel: HeadingLevel, empty: string): SafeHtml {
  if (videos.length === 0) return html`<p class="empty">${empty}</p>`;
  return html`<div class="cards">${videos.map((v) => renderVideoCard(v, zone, headingLevel))}</div>`;
}

/** A compact rail row: small thumbnail beside the title, both one link. */
export function renderVideoItem(video: VideoSummary): SafeHtml {
  const thumb = video.thumbnail
    ? renderPicture(video.thumbnail, { alt: videoThumbnailAlt(video.title), sizes: RAIL_SIZES })
    : '';
  return html`<li class="media-item"><a href="${urls.video(video.slug)}">${thumb}<span>${video.title}</span></a></li>`;
}
