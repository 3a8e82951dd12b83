import { renderLayout } from '../components/layout.ts';
import { renderPagination } from '../components/pagination.ts';
import { renderRails } from '../components/rails.ts';
import { renderStoryGrid } from '../components/story-card.ts';
import { html } from '../html.ts';
import { pagedTitle } from '../seo/page-title.ts';
import { urls } from '../urls.ts';
import type { RailsView, SiteChrome, TagView } from '../view-models.ts';

/** Every story on one topic, newest first, across sections. */
export function renderTagPage(chrome: SiteChrome, view: TagView, rails: RailsView): string {
  const { settings } = chrome;
  const { tag, pageInfo } = view;
  const main = html`<p class="meta">Topic</p>
<h1>${tag.name}</h1>
${renderStoryGrid(view.stories, settings, { headingLevel: 2, showSection: true, empty: `There are no stories about ${tag.name} yet.` })}
${renderPagination(pageInfo, (p) => urls.tag(tag.slug, p))}`;
  return renderLayout(
    chrome,
    {
      title: pagedTitle(tag.name, pageInfo.page),
      description: `Stories about ${tag.name} from ${settings.name}.`,
      canonicalPath: urls.tag(tag.slug, pageInfo.page),
      ogType: 'website',
      image: null,
      feeds: [{ title: `${settings.name}: ${tag.name}`, path: urls.tagFeed(tag.slug), type: 'application/rss+xml' }],
    },
    { main, aside: renderRails(chrome, rails) },
  );
}
