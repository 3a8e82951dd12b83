import { isPublic } from '../../../domain/visibility.ts';
import { can } from '../../../domain/roles.ts';
import { HOUR_MS } from '../../../domain/trending-score.ts';
import { findArticlesByIds } from '../../../store/repositories/article-repository.ts';
import { countHeldWireStories, listScheduledArticles } from '../../../store/repositories/dashboard-repository.ts';
import { listDeskArticles } from '../../../store/repositories/desk-article-repository.ts';
import { viewBucketsSince } from '../../../store/repositories/page-view-repository.ts';
import { readSiteSettings } from '../../../store/repositories/settings-repository.ts';
import { dailyViews } from '../../../trending/daily-views.ts';
import { rankTrending } from '../../../trending/rank-trending.ts';
import { defineRoutes } from '../admin-route.ts';
import { deskArticleViews } from '../desk-article-view.ts';

const SHORT_LIST = 8;

export const dashboardRoutes = defineRoutes([
  {
    method: 'GET', url: '/dashboard', operationId: 'getDashboard',
    summary: 'The newsroom at a glance: drafts in progress, scheduled stories, held wire stories, page views per day for the last 7 days and what readers are reading now.',
    tag: 'dashboard', access: 'article.read',
    async handle({ ctx, actor }) {
      const db = ctx.store.db;
      const now = ctx.now();
      const settings = await readSiteSettings(db);
      const seesWire = actor.principal === null || can(actor.principal, 'wire.manage');
      const [drafts, scheduled, wire, heldWire, views, ranked, lastDay] = await Promise.all([
        listDeskArticles(db, { status: 'draft', origin: 'local' }, SHORT_LIST),
        listScheduledArticles(db, now, SHORT_LIST),
        seesWire ? listDeskArticles(db, { status: 'draft', origin: 'wire' }, SHORT_LIST) : Promise.resolve([]),
        seesWire ? countHeldWireStories(db) : Promise.resolve(0),
        dailyViews(db, now, settings.timeZone, 7),
        rankTrending(db, now, settings.trendingHalfLifeHours, 30),
        viewBucketsSince(db, now.getTime() - 24 * HOUR_MS),
      ]);
      const viewsByArticle = new Map<number, number>();
      for (const b of lastDay) viewsByArticle.set(b.article_id, (viewsByArticle.get(b.article_id) ?? 0) + Number(b.views));
      const byId = new Map((await findArticlesByIds(db, ranked.map((r) => r.articleId))).map((a) => [a.id, a]));
      const trendingArticles = ranked.map((r) => byId.get(r.articleId)).filter((a) => a !== undefined && isPublic(a, now)).slice(0, 10);
      const trendingViews = await deskArticleViews(db, trendingArticles.map((a) => a!), now);
      return {
        data: {
          inProgress: await deskArticleViews(db, drafts, now),
          scheduled: await deskArticleViews(db, scheduled, now),
          wireQueue: { held: heldWire, latest: await deskArticleViews(db, wire, now) },
          views,
          trending: trendingViews.map((a) => ({ id: a.id, headline: a.headline, path: a.path, viewsLast24Hours: viewsByArticle.get(a.id) ?? 0 })),
          timeZone: settings.timeZone,
        },
      };
    },
  },
]);
