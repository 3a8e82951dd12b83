import { renderLayout } from '../components/layout.ts';
import { renderStoryGrid } from '../components/story-card.ts';
import { html } from '../html.ts';
import { urls } from '../urls.ts';
import type { GoneView, SiteChrome } from '../view-models.ts';

/**
 * 410 for a story the newsroom killed. Says only that it was removed: the
 * headline and body are not repeated, since a kill may be for legal reasons.
 */
export function renderGonePage(chrome: SiteChrome, view: GoneView): string {
  const notice = view.notice?.trim();
  const main = html`<h1>This story has been removed</h1>
<p>${notice || `${chrome.settings.name} has removed this story, and it is no longer available.`}</p>
<p><a href="${urls.home()}">Go to the home page</a> for the latest news.</p>
${view.latest.length > 0 ? html`<h2>Latest stories</h2>${renderStoryGrid(view.latest, chrome.settings, { headingLevel: 3, showSection: true, empty: '' })}` : ''}`;
  return renderLayout(
    chrome,
    { title: 'Story removed', description: null, canonicalPath: null, ogType: 'website', image: null },
    { main },
  );
}
