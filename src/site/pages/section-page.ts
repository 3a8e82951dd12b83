import { renderBreadcrumb, sectionTrail } from '../components/breadcrumb.ts';
import { renderLayout, topLevelSection } from '../components/layout.ts';
import { renderPagination } from '../components/pagination.ts';
import { renderRails } from '../components/rails.ts';
import { renderStoryCard } from '../components/story-card.ts';
import { html } from '../html.ts';
import { breadcrumbListJsonLd } from '../seo/breadcrumb-list-json-ld.ts';
import { pagedTitle } from '../seo/page-title.ts';
import { urls } from '../urls.ts';
import type { RailsView, SectionView, SiteChrome } from '../view-models.ts';

/** A section front: newest stories first, the first one large on page 1, then pages of older stories. */
export function renderSectionPage(chrome: SiteChrome, view: SectionView, rails: RailsView): string {
  const { settings } = chrome;
  const { section, pageInfo } = view;
  const path = urls.section(section.path, pageInfo.page);
  const trail = sectionTrail([...view.parentSections, section]);
  const subsections =
    view.subsections.length > 0
      ? html`<nav aria-label="${section.name} sections"><ul class="inline-list">${view.subsections.map(
          (s) => html`<li><a href="${urls.section(s.path)}">${s.name}</a></li>`,
        )}</ul></nav>`
      : '';
  const firstPage = pageInfo.page === 1;
  const cards =
    view.stories.length > 0
      ? html`<div class="cards">${view.stories.map((s, i) =>
          renderStoryCard(s, settings, {
            headingLevel: 2,
            lead: firstPage && i === 0,
            imageLoading: firstPage && i === 0 ? 'priority' : 'lazy',
          }),
        )}</div>`
      : html`<p class="empty">There are no stories in ${section.name} yet.</p>`;
  const main = html`${renderBreadcrumb(trail, true)}
<h1>${section.name}</h1>
${view.description ? html`<p class="dek">${view.description}</p>` : ''}
${subsections}
${cards}
${renderPagination(pageInfo, (p) => urls.section(section.path, p))}`;
  return renderLayout(
    chrome,
    {
      title: pagedTitle(section.name, pageInfo.page),
      description: view.description,
      canonicalPath: path,
      ogType: 'website',
      image: null,
      feeds: [{ title: `${settings.name}: ${section.name}`, path: urls.sectionFeed(section.path), type: 'application/rss+xml' }],
      jsonLd: [breadcrumbListJsonLd(settings.baseUrl, trail)],
    },
    { main, aside: renderRails(chrome, rails), activeSection: topLevelSection(section.path) },
  );
}
