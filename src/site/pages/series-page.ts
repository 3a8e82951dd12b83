import { renderLayout } from '../components/layout.ts';
import { renderPagination } from '../components/pagination.ts';
import { renderRails } from '../components/rails.ts';
import { renderStoryCard } from '../components/story-card.ts';
import { renderVideoCard } from '../components/video-card.ts';
import { html } from '../html.ts';
import { pagedTitle } from '../seo/page-title.ts';
import { urls } from '../urls.ts';
import type { RailsView, SeriesView, SiteChrome } from '../view-models.ts';

/** A recurring series (a daily segment, an investigation): its stories and videos, newest first. */
export function renderSeriesPage(chrome: SiteChrome, view: SeriesView, rails: RailsView): string {
  const { settings } = chrome;
  const { series, pageInfo } = view;
  const entries =
    view.entries.length > 0
      ? html`<div class="cards">${view.entries.map((e) =>
          e.kind === 'video' ? renderVideoCard(e, settings, 2) : renderStoryCard(e, settings, { headingLevel: 2 }),
        )}</div>`
      : html`<p class="empty">Nothing has been published in ${series.name} yet.</p>`;
  const main = html`<p class="meta">Series</p>
<h1>${series.name}</h1>
${series.description ? html`<p class="dek">${series.description}</p>` : ''}
${entries}
${renderPagination(pageInfo, (p) => urls.series(series.slug, p))}`;
  return renderLayout(
    chrome,
    {
      title: pagedTitle(series.name, pageInfo.page),
      description: series.description,
      canonicalPath: urls.series(series.slug, pageInfo.page),
      ogType: 'website',
      image: null,
      feeds: [{ title: `${settings.name}: ${series.name}`, path: urls.seriesFeed(series.slug), type: 'application/rss+xml' }],
    },
    // The series' own page does not need the featured-series module beside it.
    { main, aside: renderRails(chrome, rails.featuredSeries?.series.id === series.id ? { ...rails, featuredSeries: null } : rails) },
  );
}
