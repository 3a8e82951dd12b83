import type { Article, ArticleSummary } from '../domain/article.ts';
import { keys } from '../domain/surrogate-keys.ts';
import { isPublic } from '../domain/visibility.ts';
import { findSummariesByIds, listPublicSummaries } from '../store/repositories/article-repository.ts';
import { findListBySlug, listEntries } from '../store/repositories/curated-list-repository.ts';
import { findSeriesBySlug } from '../store/repositories/series-repository.ts';
import { listPublicVideos } from '../store/repositories/video-repository.ts';
import type { CuratedListView, RailsView, SeriesRailView, StorySummary } from '../site/view-models.ts';
import { type ReadContext, sharedValue } from './read-context.ts';
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

const RELATED = 4;

/**
 * The newest public stories of a tag or section, enough that `RELATED`
 * remain once the story shown and those already picked are left out. They
 * are the same for every story of that tag or section, so they are kept with
 * the context's shared values rather than read on every page.
 */
function relatedPool(ctx: ReadContext, by: 'tag' | 'section', id: number, size: number): Promise<StorySummary[]> {
  return sharedValue(ctx, `related:${by}:${id}:${size}`, async () => {
    const filter = by === 'tag' ? { tagId: id } : { sectionIds: [id] };
    return storySummaries(ctx, await listPublicSummaries(ctx.db, ctx.now, filter, { limit: size }), 'thumb');
  });
}

async function loadRelated(ctx: ReadContext, article: Article, keyOut: Set<string>): Promise<StorySummary[]> {
  const tagId = article.tagIds[0];
  // One more than needed: the story shown may be among them.
  const byTag = tagId !== undefined ? (await relatedPool(ctx, 'tag', tagId, RELATED + 1)).filter((s) => s.id !== article.id).slice(0, RELATED) : [];
  let more: StorySummary[] = [];
  if (byTag.length < RELATED) {
    // The story shown and those found by tag are left out: at most RELATED + 1 of the pool.
    const exclude = new Set([article.id, ...byTag.map((s) => s.id)]);
    const pool = await relatedPool(ctx, 'section', article.sectionId, 2 * RELATED + 1);
    more = pool.filter((s) => !exclude.has(s.id)).slice(0, RELATED - byTag.length);
  }
  if (tagId !== undefined) keyOut.add(keys.tag(tagId));
  const related = [...byTag, ...more];
  tagStories(related, keyOut);
  return related;
}

/** The side column of story and list pages; adds the surrogate keys of what it shows to `keyOut`. */
export async function loadRails(ctx: ReadContext, article: Article | null, keyOut: Set<string>): Promise<RailsView> {
  const [shared, related] = await Promise.all([ctx.sharedRails(), article ? loadRelated(ctx, article, keyOut) : Promise.resolve([])]);
  for (const k of shared.keys) keyOut.add(k);
  return { ...shared.rails, related };
}
