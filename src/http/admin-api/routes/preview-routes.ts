import { DatelineError } from '../../../errors.ts';
import { responsiveImageFor } from '../../../media/responsive-image-for.ts';
import { renderArticlePage } from '../../../site/pages/article-page.ts';
import { loadArticlePreview } from '../../../site-data/load-article-preview.ts';
import { loadChrome } from '../../../site-data/load-chrome.ts';
import { loadSharedRails } from '../../../site-data/load-rails.ts';
import type { ReadContext } from '../../../site-data/read-context.ts';
import { SectionIndex } from '../../../site-data/section-index.ts';
import type { ServiceContext } from '../../../service-context.ts';
import { listSections } from '../../../store/repositories/section-repository.ts';
import { readSiteSettings } from '../../../store/repositories/settings-repository.ts';
import { rankTrending } from '../../../trending/rank-trending.ts';
import { defineRoutes } from '../admin-route.ts';
import { requireArticle } from '../article-answer.ts';
import { imageForRole } from '../../image-for-role.ts';

/** A fresh read of everything a page needs; previews are rare, so nothing is kept between them. */
async function previewContext(ctx: ServiceContext): Promise<ReadContext> {
  const now = ctx.now();
  const [settings, sections] = await Promise.all([readSiteSettings(ctx.store.db), listSections(ctx.store.db)]);
  const read: ReadContext = {
    db: ctx.store.db,
    dialect: ctx.store.dialect,
    now,
    settings,
    sections: new SectionIndex(sections),
    image: imageForRole(responsiveImageFor),
    trendingIds: async () => (await rankTrending(ctx.store.db, now, settings.trendingHalfLifeHours, 30)).map((e) => e.articleId),
    sharedRails: () => loadSharedRails(read),
  };
  return read;
}

export const previewRoutes = defineRoutes([
  {
    method: 'GET', url: '/articles/:id/preview', operationId: 'previewArticle',
    summary: 'The story as its public page, as last saved, in any state (drafts and scheduled stories too). Answers text/html.',
    tag: 'articles', access: 'article.read',
    async handle({ ctx, params, reply }) {
      const article = await requireArticle(ctx.store.db, params.id);
      const read = await previewContext(ctx);
      const [chrome, preview] = await Promise.all([loadChrome(read), loadArticlePreview(read, article)]);
      if (!preview) throw new DatelineError('not-found', `story ${params.id} is in a section that no longer exists`);
      reply.type('text/html; charset=utf-8').header('x-robots-tag', 'noindex');
      return renderArticlePage(chrome, preview.article, preview.rails);
    },
  },
]);
