import { renderBreadcrumb, type BreadcrumbItem } from '../components/breadcrumb.ts';
import { renderLayout, topLevelSection } from '../components/layout.ts';
import { copyLinkScript } from '../components/page-scripts.ts';
import { renderRails } from '../components/rails.ts';
import { renderShareLinks } from '../components/share-links.ts';
import { renderTime } from '../components/time.ts';
import { renderDuration, renderVideoGrid } from '../components/video-card.ts';
import { html, type SafeHtml } from '../html.ts';
import { safeUrl } from '../safe-url.ts';
import { breadcrumbListJsonLd } from '../seo/breadcrumb-list-json-ld.ts';
import { videoObjectJsonLd } from '../seo/video-object-json-ld.ts';
import { absoluteUrl, urls } from '../urls.ts';
import type { RailsView, SiteChrome, VideoView } from '../view-models.ts';

/**
 * The native player: no player script to download, keyboard and screen
 * reader support from the browser. `preload="none"` so a reader who never
 * presses play spends nothing but the poster.
 */
function renderPlayer(video: VideoView): SafeHtml {
  const sources = video.sources.flatMap((s) => {
    const src = safeUrl(s.url);
    return src ? [{ src, type: s.mimeType }] : [];
  });
  const tracks = video.tracks.flatMap((t, i) => {
    const src = safeUrl(t.url);
    return src
      ? [html`<track kind="${t.kind}" src="${src}" srclang="${t.language}" label="${t.label}"${i === 0 ? html` default` : ''}>`]
      : [];
  });
  const download = sources.find((s) => s.type === 'video/mp4');
  const poster = video.poster ? html` poster="${video.poster.src}"` : '';
  const width = video.poster?.width ?? 1280;
  const height = video.poster?.height ?? 720;
  return html`<div class="player"><video controls playsinline preload="none"${poster} width="${width}" height="${height}">${sources.map(
    (s) => html`<source src="${s.src}" type="${s.type}">`,
  )}${tracks}<p>Your browser cannot play this video.${
    download ? html` <a href="${download.src}">Download the video</a>.` : ''
  }</p></video></div>`;
}

function trailFor(video: VideoView): BreadcrumbItem[] {
  const items: BreadcrumbItem[] = [
    { name: 'Home', path: urls.home() },
    { name: 'Video', path: urls.videoHub() },
  ];
  if (video.series) items.push({ name: video.series.name, path: urls.series(video.series.slug) });
  return items;
}

/** One video: the player with its poster, what it is, sharing, and more videos to watch next. */
export function renderVideoPage(chrome: SiteChrome, video: VideoView, rails: RailsView): string {
  const { settings } = chrome;
  const path = urls.video(video.slug);
  const url = absoluteUrl(settings.baseUrl, path);
  const trail = trailFor(video);
  const more =
    video.moreVideos.length > 0
      ? html`<section class="block"><div class="block-head"><h2>More Video</h2><a class="more" href="${urls.videoHub()}">All video</a></div>${renderVideoGrid(
          video.moreVideos,
          settings,
          3,
          '',
        )}</section>`
      : '';
  const main = html`<article class="story">
${renderBreadcrumb(trail, false)}
<h1>${video.title}</h1>
${renderPlayer(video)}
<p class="meta">${renderTime(video.publishedAt, settings)} ${renderDuration(video.durationSeconds)}${
    video.section ? html` · <a href="${urls.section(video.section.path)}">${video.section.name}</a>` : ''
  }</p>
${video.description ? html`<p>${video.description}</p>` : ''}
${renderShareLinks({ url, title: video.title, summary: video.description }, 'video')}
</article>
${more}`;
  return renderLayout(
    chrome,
    {
      title: video.title,
      description: video.description,
      canonicalPath: path,
      ogType: 'video.other',
      image: video.poster,
      jsonLd: [videoObjectJsonLd(chrome, video), breadcrumbListJsonLd(settings.baseUrl, trail)],
    },
    {
      main,
      // The player page has its own "More Video" list, so the rail's copy would repeat it.
      aside: renderRails(chrome, { ...rails, recentVideos: [] }),
      activeSection: video.section ? topLevelSection(video.section.path) : null,
      scripts: [copyLinkScript()],
    },
  );
}
