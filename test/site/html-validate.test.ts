import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderArticlePage } from '../../src/site/pages/article-page.ts';
import { renderAuthorPage } from '../../src/site/pages/author-page.ts';
import { renderGonePage } from '../../src/site/pages/gone-page.ts';
import { renderHomePage } from '../../src/site/pages/home-page.ts';
import { renderNotFoundPage } from '../../src/site/pages/not-found-page.ts';
import { renderSearchPage } from '../../src/site/pages/search-page.ts';
import { renderSectionPage } from '../../src/site/pages/section-page.ts';
import { renderSeriesPage } from '../../src/site/pages/series-page.ts';
import { renderTagPage } from '../../src/site/pages/tag-page.ts';
import { renderVideoHubPage } from '../../src/site/pages/video-hub-page.ts';
import { renderVideoPage } from '../../src/site/pages/video-page.ts';
import * as f from './factories.ts';
import { renderEveryPage } from './render-all.ts';
import { validationErrors } from './validate-html.ts';

async function assertValid(doc: string): Promise<void> {
  assert.deepEqual(await validationErrors(doc), []);
}

describe('every page type validates (html-validate:recommended + heading-level)', () => {
  for (const [page, doc] of Object.entries(renderEveryPage())) {
    it(page, () => assertValid(doc));
  }
});

describe('page variants validate', () => {
  const chrome = f.buildChrome();
  const textLogo = f.buildChrome({ logo: null, navSections: [] }, { tagline: '', social: { facebook: null, x: null, instagram: null, youtube: null } });

  it('article: authors, update and correction notes, dek, no lead photo, other language, no rails', () =>
    assertValid(
      renderArticlePage(
        textLogo,
        f.buildArticle({
          authors: [f.buildAuthor(), f.buildAuthor({ name: 'Ben Cole' })],
          dek: 'Repairs took eight months.',
          lead: null,
          language: 'es',
          updatedAt: new Date('2024-03-12T10:00:00Z'),
          updateNote: 'Adds comments.',
          correctionNote: 'Fixes a name.',
          tags: [],
        }),
        f.EMPTY_RAILS,
      ),
    ));

  it('article: body without paragraphs, credit shown separately', () =>
    assertValid(
      renderArticlePage(
        chrome,
        f.buildArticle({
          bodyHtml: '<ul><li>One</li></ul><h2>More</h2><p>Two</p>',
          lead: { image: f.buildImage(), caption: 'A caption.', credit: 'Lee Ortiz' },
        }),
        f.buildRails(),
      ),
    ));

  it('home: no stories at all', () =>
    assertValid(renderHomePage(chrome, { topStories: [], sectionBlocks: [], videos: [], trending: [], dontMiss: null })));

  it('lists: empty, and on a middle page', async () => {
    await assertValid(renderSectionPage(chrome, f.buildSectionView({ stories: [], subsections: [], pageInfo: { page: 1, totalPages: 1 } }), f.EMPTY_RAILS));
    await assertValid(renderSectionPage(chrome, f.buildSectionView({ pageInfo: { page: 5, totalPages: 40 } }), f.buildRails()));
    await assertValid(renderTagPage(chrome, f.buildTagView({ stories: [] }), f.EMPTY_RAILS));
    await assertValid(renderAuthorPage(chrome, f.buildAuthorView({ photo: null, stories: [], author: f.buildAuthor({ title: null, bio: null }) }), f.EMPTY_RAILS));
    await assertValid(renderSeriesPage(chrome, f.buildSeriesView({ entries: [] }), f.EMPTY_RAILS));
    await assertValid(renderVideoHubPage(chrome, { videos: [], pageInfo: { page: 1, totalPages: 1 } }));
  });

  it('video: no poster, no captions, no more videos, in a series', () =>
    assertValid(
      renderVideoPage(chrome, f.buildVideoView({ poster: null, tracks: [], moreVideos: [], series: f.buildSeries(), section: null }), f.buildRails()),
    ));

  it('search: no query, no results', async () => {
    await assertValid(renderSearchPage(chrome, { query: '', results: [], total: 0, pageInfo: { page: 1, totalPages: 0 } }));
    await assertValid(renderSearchPage(chrome, { query: 'zzz', results: [], total: 0, pageInfo: { page: 1, totalPages: 0 } }));
  });

  it('errors: with a notice, without latest stories', async () => {
    await assertValid(renderGonePage(chrome, { notice: 'Removed at the request of the agency.', latest: [] }));
    await assertValid(renderNotFoundPage(textLogo, { latest: [] }));
  });
});
