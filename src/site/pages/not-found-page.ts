import { renderLayout } from '../components/layout.ts';
import { renderSearchForm } from '../components/search-form.ts';
import { renderStoryGrid } from '../components/story-card.ts';
import { html } from '../html.ts';
import { urls } from '../urls.ts';
import type { NotFoundView, SiteChrome } from '../view-models.ts';

/** 404, in the site's chrome: a way back to the news rather than a dead end. */
export function renderNotFoundPage(chrome: SiteChrome, view: NotFoundView): string {
  const main = html`<h1>Page not found</h1>
<p>We could not find that page. The link may be mistyped, or the page may have moved.</p>
<p><a href="${urls.home()}">Go to the home page</a> or search for the story:</p>
${renderSearchForm({ id: 'page-search', label: 'Stories', visibleLabel: true })}
${view.latest.length > 0 ? html`<h2>Latest stories</h2>${renderStoryGrid(view.latest, chrome.settings, { headingLevel: 3, showSection: true, empty: '' })}` : ''}`;
  return renderLayout(
    chrome,
    { title: 'Page not found', description: null, canonicalPath: null, ogType: 'website', image: null },
    { main },
  );
}
