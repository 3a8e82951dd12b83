import { html, type HtmlValue, type SafeHtml } from '../html.ts';
import { urls } from '../urls.ts';
import type { RailsView, SeriesEntry, SiteChrome, StorySummary } from '../view-models.ts';
import { LastDrawn } from './last-drawn.ts';
import { storyPath } from './story-card.ts';
import { renderVideoItem } from './video-card.ts';

function rail(heading: HtmlValue, list: SafeHtml, more: HtmlValue = ''): SafeHtml {
  return html`<section class="rail"><h2>${heading}</h2>${list}${more}</section>`;
}

function storyItem(story: StorySummary): SafeHtml {
  return html`<li><a href="${storyPath(story)}">${story.headline}</a></li>`;
}

function seriesItem(entry: SeriesEntry): SafeHtml {
  return entry.kind === 'video' ? renderVideoItem(entry) : storyItem(entry);
}

export function renderRecentVideosRail(videos: RailsView['recentVideos']): SafeHtml | '' {
  if (videos.length === 0) return '';
  return rail('Recent Videos', html`<ul>${videos.map(renderVideoItem)}</ul>`, html`<a class="more" href="${urls.videoHub()}">More Video</a>`);
}

/** Most-read first, so the list is ordered and numbered. */
export function renderTrendingRail(siteName: string, stories: readonly StorySummary[]): SafeHtml | '' {
  if (stories.length === 0) return '';
  return rail(`${siteName} Trending Stories`, html`<ol>${stories.map(storyItem)}</ol>`);
}

export function renderCuratedRail(list: RailsView['dontMiss']): SafeHtml | '' {
  if (list === null || list.stories.length === 0) return '';
  return rail(list.name, html`<ul>${list.stories.map(storyItem)}</ul>`);
}

export function renderSeriesRail(featured: RailsView['featuredSeries']): SafeHtml | '' {
  if (featured === null || featured.entries.length === 0) return '';
  const href = urls.series(featured.series.slug);
  return rail(
    html`<a href="${href}">${featured.series.name}</a>`,
    html`<ul>${featured.entries.map(seriesItem)}</ul>`,
    html`<a class="more" href="${href}">More ${featured.series.name}</a>`,
  );
}

/**
 * The side column, in the order the station's pages use: videos, trending,
 * the editors' list, the featured series. Related stories sit under the story
 * itself (see the article page), where a reader who finished it looks next.
 * Returns nothing when every module is empty, so the page drops the column.
 */
export function renderRails(chrome: SiteChrome, rails: RailsView): SafeHtml | '' {
  // The rails come from the shared rails, one set of objects until the next change: drawn once.
  return drawnRails.get([chrome.settings.name, rails.recentVideos, rails.trending, rails.dontMiss, rails.featuredSeries], () => build(chrome, rails));
}

const drawnRails = new LastDrawn<SafeHtml | ''>();

function build(chrome: SiteChrome, rails: RailsView): SafeHtml | '' {
  const modules = [
    renderRecentVideosRail(rails.recentVideos),
    renderTrendingRail(chrome.settings.name, rails.trending),
    renderCuratedRail(rails.dontMiss),
    renderSeriesRail(rails.featuredSeries),
  ].filter((m): m is SafeHtml => m !== '');
  if (modules.length === 0) return '';
  return html`<aside class="rails" aria-label="More from ${chrome.settings.name}">${modules}</aside>`;
}
