import type { Article } from '../domain/article.ts';
import { isPublic } from '../domain/visibility.ts';
import { keys } from '../domain/surrogate-keys.ts';
import { findArticlesByIds, listPublicArticles } from '../store/repositories/article-repository.ts';
import { findListBySlug, listEntries } from '../store/repositories/curated-list-repository.ts';
import { findSeriesBySlug } from '../store/repositories/series-repository.ts';
import { listPublicVideos } from '../store/repositories/video-repository.ts';
import type { CuratedListView, RailsView, SeriesRailView, StorySummary } from '../site/view-models.ts';
import type { ReadContext } from './read-context.ts';
import { storySummaries, videoSummaries } from './story-summaries.ts';

export const RECENT_VIDEOS = 20;
const TRENDING = 5;

/** Public stories among `ids`, in the order given. */
async function publicInOrder(ctx: ReadContext, ids: readonly number[]): Promise<Article[]> {
  return (await findArticlesByIds(ctx.db, ids)).filter((a) => isPublic(a, ctx.now));
}

export async function loadTrending(ctx: ReadContext, limit = TRENDING): Promise<StorySummary[]> {
  const ids = await ctx.trendingIds();
  return storySummaries(ctx, (await publicInOrder(ctx, ids)).slice(0, limit), 'thumb');
}

export async function loadCuratedList(ctx: ReadContext, slug: string | null, keyOut: Set<string>): Promise<CuratedListView | null> {
  if (!slug) return null;
  const list = await findListBySlug(ctx.db, slug);
  if (!list) return null;
  keyOut.add(keys.list(list.id));
  const entries = await listEntries(ctx.db, list.id, ctx.now);
  const stories = await storySummaries(ctx, await publicInOrder(ctx, entries.map((e) => e.articleId)), 'thumb');
  return stories.length > 0 ? { name: list.name, stories } : null;
}

export async function loadSeriesRail(ctx: ReadContext, slug: string | null, keyOut: Set<string>, limit = 5): Promise<SeriesRailView | null> {
  if (!slug) return null;
  const series = await findSeriesBySlug(ctx.db, slug);
  if (!series) return null;
  keyOut.add(keys.series(series.id));
  const [stories, videos] = await Promise.all([
    listPublicArticles(ctx.db, ctx.now, { seriesId: series.id }, { limit }).then((a) => storySummaries(ctx, a, 'thumb')),
    listPublicVideos(ctx.db, ctx.now, { seriesId: series.id }, { limit }).then((v) => videoSummaries(ctx, v)),
  ]);
  const entries = [...stories, ...videos].sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime()).slice(0, limit);
  return entries.length > 0 ? { series, entries } : null;
}

async function loadRelated(ctx: ReadContext, article: Article): Promise<StorySummary[]> {
  const exclude = [article.id];
  const byTag = article.tagIds.length > 0 ? await listPublicArticles(ctx.db, ctx.now, { tagId: article.tagIds[0], excludeIds: exclude }, { limit: 4 }) : [];
  const more =
    byTag.length < 4
      ? await listPublicArticles(ctx.db, ctx.now, { sectionIds: [article.sectionId], excludeIds: [...exclude, ...byTag.map((a) => a.id)] }, { limit: 4 - byTag.length })
      : [];
  return storySummaries(ctx, [...byTag, ...more], 'thumb');
}

/** The side column of story pages; adds the surrogate keys of what it shows to `keyOut`. */
export async function loadRails(ctx: ReadContext, article: Article | null, keyOut: Set<string>): Promise<RailsView> {
  keyOut.add(keys.videos).add(keys.trending);
  const [videos, trending, dontMiss, featuredSeries, related] = await Promise.all([
    listPublicVideos(ctx.db, ctx.now, {}, { limit: RECENT_VIDEOS }).then((v) => videoSummaries(ctx, v)),
    loadTrending(ctx),
    loadCuratedList(ctx, ctx.settings.dontMissListSlug, keyOut),
    loadSeriesRail(ctx, ctx.settings.featuredSeriesSlug, keyOut),
    article ? loadRelated(ctx, article) : Promise.resolve([]),
  ]);
  if (article) for (const t of article.tagIds) keyOut.add(keys.tag(t));
  return { recentVideos: videos, trending, dontMiss, featuredSeries, related };
}
