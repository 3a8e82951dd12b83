import type { Article, ArticleSummary } from '../domain/article.ts';
import { keys } from '../domain/surrogate-keys.ts';
import { isPublic } from '../domain/visibility.ts';
import { findSummariesByIds, listPublicSummaries } from '../store/repositories/article-repository.ts';
import { findListBySlug, listEntries } from '../store/repositories/curated-list-repository.ts';
import { findSeriesBySlug } from '../store/repositories/series-repository.ts';
import { listPublicVideos } from '../store/repositories/video-repository.ts';
import type { CuratedListView, RailsView, SeriesRailView, StorySummary } from '../site/view-models.ts';
import type { ReadContext } from './read-context.ts';
import { storySummaries, videoSummaries } from './story-summaries.ts';

export const RECENT_VIDEOS = 20;
const TRENDING = 5;

/** The rails every page shares: they do not depend on the story shown. */
export type SharedRails = Omit<RailsView, 'related'>;

/** Public stories among `ids`, in the order given. */
async function publicInOrder(ctx: ReadContext, ids: readonly number[]): Promise<ArticleSummary[]> {
  return (await findSummariesByIds(ctx.db, ids)).filter((a) => isPublic(a, ctx.now));
}

/** A page showing a story must go when that story changes or is killed. */
function tagStories(stories: readonly { id: number }[], keyOut: Set<string>): void {
  for (const s of stories) keyOut.add(keys.article(s.id));
}

export async function loadTrending(ctx: ReadContext, keyOut: Set<string>, limit = TRENDING): Promise<StorySummary[]> {
  keyOut.add(keys.trending);
  const stories = (await publicInOrder(ctx, await ctx.trendingIds())).slice(0, limit);
  tagStories(stories, keyOut);
  return storySummaries(ctx, stories, 'thumb');
}

export async function loadCuratedList(ctx: ReadContext, slug: string | null, keyOut: Set<string>): Promise<CuratedListView | null> {
  if (!slug) return null;
  const list = await findListBySlug(ctx.db, slug);
  if (!list) return null;
  keyOut.add(keys.list(list.id));
  const entries = await listEntries(ctx.db, list.id, ctx.now);
  const stories = await publicInOrder(ctx, entries.map((e) => e.articleId));
  tagStories(stories, keyOut);
  const summaries = await storySummaries(ctx, stories, 'thumb');
  return summaries.length > 0 ? { name: list.name, stories: summaries } : null;
}

export async function loadSeriesRail(ctx: ReadContext, slug: string | null, keyOut: Set<string>, limit = 5): Promise<SeriesRailView | null> {
  if (!slug) return null;
  const series = await findSeriesBySlug(ctx.db, slug);
  if (!series) return null;
  keyOut.add(keys.series(series.id));
  const [stories, videos] = await Promise.all([
    listPublicSummaries(ctx.db, ctx.now, { seriesId: series.id }, { limit }).then((a) => storySummaries(ctx, a, 'thumb')),
    listPublicVideos(ctx.db, ctx.now, { seriesId: series.id }, { limit }).then((v) => videoSummaries(ctx, v)),
  ]);
  const entries = [...stories, ...videos].sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime()).slice(0, limit);
  return entries.length > 0 ? { series, entries } : null;
}

/** Recent videos, trending, Don't Miss and the featured series, with the keys of what they show. */
export async function loadSharedRails(ctx: ReadContext): Promise<{ rails: SharedRails; keys: readonly string[] }> {
  const keyOut = new Set<string>([keys.videos, keys.settings]);
  const [recentVideos, trending, dontMiss, featuredSeries] = await Promise.all([
    listPublicVideos(ctx.db, ctx.now, {}, { limit: RECENT_VIDEOS }).then((v) => videoSummaries(ctx, v)),
    loadTrending(ctx, keyOut),
    loadCuratedList(ctx, ctx.settings.dontMissListSlug, keyOut),
    loadSeriesRail(ctx, ctx.settings.featuredSeriesSlug, keyOut),
  ]);
  return { rails: { recentVideos, trending, dontMiss, featuredSeries }, keys: [...keyOut] };
}

async function loadRelated(ctx: ReadContext, article: Article, keyOut: Set<string>): Promise<StorySummary[]> {
  const exclude = [article.id];
  const byTag = article.tagIds.length > 0 ? await listPublicSummaries(ctx.db, ctx.now, { tagId: article.tagIds[0], excludeIds: exclude }, { limit: 4 }) : [];
  const more =
    byTag.length < 4
      ? await listPublicSummaries(ctx.db, ctx.now, { sectionIds: [article.sectionId], excludeIds: [...exclude, ...byTag.map((a) => a.id)] }, { limit: 4 - byTag.length })
      : [];
  if (article.tagIds.length > 0) keyOut.add(keys.tag(article.tagIds[0]));
  tagStories([...byTag, ...more], keyOut);
  return storySummaries(ctx, [...byTag, ...more], 'thumb');
}

/** The side column of story and list pages; adds the surrogate keys of what it shows to `keyOut`. */
export async function loadRails(ctx: ReadContext, article: Article | null, keyOut: Set<string>): Promise<RailsView> {
  const [shared, related] = await Promise.all([ctx.sharedRails(), article ? loadRelated(ctx, article, keyOut) : Promise.resolve([])]);
  for (const k of shared.keys) keyOut.add(k);
  return { ...shared.rails, related };
}
