import { renderLayout } from '../components/layout.ts';
import { renderPagination } from '../components/pagination.ts';
import { renderSearchForm } from '../components/search-form.ts';
import { storyPath } from '../components/story-card.ts';
import { renderTime } from '../components/time.ts';
import { html, type SafeHtml } from '../html.ts';
import { urls } from '../urls.ts';
import type { SearchResult, SearchView, SiteChrome } from '../view-models.ts';

function renderResult(chrome: SiteChrome, result: SearchResult): SafeHtml {
  const { story, snippet } = result;
  return html`<li><h2><a href="${storyPath(story)}">${story.headline}</a></h2><p class="meta"><a href="${urls.section(
    story.section.path,
  )}">${story.section.name}</a> · ${renderTime(story.publishedAt, chrome.settings)}</p><p>${snippet}</p></li>`;
}

function renderSummary(chrome: SiteChrome, view: SearchView): SafeHtml {
  const query = view.query.trim();
  if (query === '') return html`<p class="empty">Type a word or phrase to search every story on ${chrome.settings.name}.</p>`;
  if (view.total === 0) {
    return html`<div class="empty"><p>No stories match “${query}”.</p><p>Check the spelling, try fewer or more general words, or browse the sections in the menu.</p></div>`;
  }
  const count = new Intl.NumberFormat(chrome.settings.locale).format(view.total);
  return html`<p role="status">${count} ${view.total === 1 ? 'result' : 'results'} for “${query}”</p>`;
}

/**
 * Search results. The snippets come marked up by the search service (matched
 * words in `<mark>`); the page is never indexed, so a crafted query cannot
 * make search engines show text the newsroom never published.
 */
export function renderSearchPage(chrome: SiteChrome, view: SearchView): string {
  const query = view.query.trim();
  const main = html`<h1>Search</h1>
${renderSearchForm({ id: 'page-search', label: 'Stories', query: view.query, visibleLabel: true })}
${renderSummary(chrome, view)}
${view.results.length > 0 ? html`<ol class="results">${view.results.map((r) => renderResult(chrome, r))}</ol>` : ''}
${query ? renderPagination(view.pageInfo, (p) => urls.searchPage(query, p)) : ''}`;
  return renderLayout(
    chrome,
    {
      title: query ? `Search results for “${query}”` : 'Search',
      description: null,
      canonicalPath: null,
      ogType: 'website',
      image: null,
    },
    { main },
  );
}
