/** Every page type rendered from the default factories: for checks that must hold on all pages. */
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
import type { SiteChrome } from '../../src/site/view-models.ts';
import * as f from './factories.ts';

export function renderEveryPage(chrome: SiteChrome = f.buildChrome()): Record<string, string> {
  return {
    article: renderArticlePage(chrome, f.buildArticle(), f.buildRails()),
    home: renderHomePage(chrome, f.buildHome()),
    section: renderSectionPage(chrome, f.buildSectionView(), f.buildRails()),
    tag: renderTagPage(chrome, f.buildTagView(), f.buildRails()),
    author: renderAuthorPage(chrome, f.buildAuthorView(), f.buildRails()),
    series: renderSeriesPage(chrome, f.buildSeriesView(), f.buildRails()),
    videoHub: renderVideoHubPage(chrome, f.buildVideoHub()),
    video: renderVideoPage(chrome, f.buildVideoView(), f.buildRails()),
    search: renderSearchPage(chrome, f.buildSearchView()),
    notFound: renderNotFoundPage(chrome, f.buildNotFound()),
    gone: renderGonePage(chrome, f.buildGone()),
  };
}
