import { renderLayout } from '../components/layout.ts';
import { renderPagination } from '../components/pagination.ts';
import { renderPicture } from '../components/picture.ts';
import { renderRails } from '../components/rails.ts';
import { renderStoryGrid } from '../components/story-card.ts';
import { html } from '../html.ts';
import { profilePageJsonLd } from '../seo/profile-page-json-ld.ts';
import { pagedTitle } from '../seo/page-title.ts';
import { urls } from '../urls.ts';
import type { AuthorView, RailsView, SiteChrome } from '../view-models.ts';

/** Bios are plain text; blank lines separate paragraphs. */
function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** A reporter's page: who they are, then their stories, newest first. */
export function renderAuthorPage(chrome: SiteChrome, view: AuthorView, rails: RailsView): string {
  const { settings } = chrome;
  const { author, pageInfo } = view;
  const photo = view.photo ? renderPicture(view.photo, { loading: 'eager', alt: author.name, sizes: '6rem' }) : '';
  const main = html`<div class="author-head">${photo}<div><h1>${author.name}</h1>${
    author.title ? html`<p class="dek">${author.title}</p>` : ''
  }</div></div>
${author.bio ? paragraphs(author.bio).map((p) => html`<p>${p}</p>`) : ''}
<h2>Stories by ${author.name}</h2>
${renderStoryGrid(view.stories, settings, { headingLevel: 3, showSection: true, empty: `${author.name} has no published stories yet.` })}
${renderPagination(pageInfo, (p) => urls.author(author.slug, p))}`;
  return renderLayout(
    chrome,
    {
      title: pagedTitle(author.name, pageInfo.page),
      description: author.title ? `${author.name}, ${author.title}, ${settings.name}` : `Stories by ${author.name}, ${settings.name}`,
      canonicalPath: urls.author(author.slug, pageInfo.page),
      ogType: 'profile',
      image: view.photo,
      jsonLd: [profilePageJsonLd(chrome, view)],
    },
    { main, aside: renderRails(chrome, rails) },
  );
}
