import { keys } from '../domain/surrogate-keys.ts';
import { countPublicArticles, listPublicSummaries } from '../store/repositories/article-repository.ts';
import { findAuthorBySlug } from '../store/repositories/author-repository.ts';
import { findSeriesBySlug } from '../store/repositories/series-repository.ts';
import { findTagBySlug } from '../store/repositories/tag-repository.ts';
import { countPublicVideos, listPublicVideos } from '../store/repositories/video-repository.ts';
import type { AuthorView, SectionView, SeriesView, TagView, VideoHubView } from '../site/view-models.ts';
import { pageExists, pageInfo, PAGE_SIZE } from './pagination.ts';
import type { ReadContext } from './read-context.ts';
import { storySummaries, videoSummaries } from './story-summaries.ts';

export type Loaded<T> = { readonly kind: 'ok'; readonly view: T; readonly keys: readonly string[] } | { readonly kind: 'not-found' };

const page = (n: number) => ({ limit: PAGE_SIZE, offset: (n - 1) * PAGE_SIZE });

export async function loadSectionPage(ctx: ReadContext, path: string, n: number): Promise<Loaded<SectionView>> {
  const section = ctx.sections.find(path);
  if (!section) return { kind: 'not-found' };
  const filter = { sectionIds: ctx.sections.subtreeIds(section.id) };
  const total = await countPublicArticles(ctx.db, ctx.now, filter);
  if (!pageExists(n, total)) return { kind: 'not-found' };
  const stories = await storySummaries(ctx, await listPublicSummaries(ctx.db, ctx.now, filter, page(n)));
  return {
    kind: 'ok',
    keys: [keys.section(section.id), keys.settings],
    view: {
      section: ctx.sections.link(section.id),
      description: section.description,
      parentSections: ctx.sections.ancestors(section.id).map((s) => ctx.sections.link(s.id)),
      subsections: ctx.sections.children(section.id).map((s) => ctx.sections.link(s.id)),
      stories,
      pageInfo: pageInfo(n, total),
    },
  };
}

export async function loadTagPage(ctx: ReadContext, slug: string, n: number): Promise<Loaded<TagView>> {
  const tag = await findTagBySlug(ctx.db, slug);
  if (!tag) return { kind: 'not-found' };
  const total = await countPublicArticles(ctx.db, ctx.now, { tagId: tag.id });
  if (total === 0 || !pageExists(n, total)) return { kind: 'not-found' };
  const stories = await storySummaries(ctx, await listPublicSummaries(ctx.db, ctx.now, { tagId: tag.id }, page(n)));
  return { kind: 'ok', keys: [keys.tag(tag.id), keys.settings], view: { tag, stories, pageInfo: pageInfo(n, total) } };
}

export async function loadAuthorPage(ctx: ReadContext, slug: string, n: number): Promise<Loaded<AuthorView>> {
  const author = await findAuthorBySlug(ctx.db, slug);
  if (!author) return { kind: 'not-found' };
  const total = await countPublicArticles(ctx.db, ctx.now, { authorId: author.id });
  if (!pageExists(n, total)) return { kind: 'not-found' };
  const stories = await storySummaries(ctx, await listPublicSummaries(ctx.db, ctx.now, { authorId: author.id }, page(n)));
  return { kind: 'ok', keys: [keys.author(author.id), keys.settings], view: { author, photo: null, stories, pageInfo: pageInfo(n, total) } };
}

/** A series page merges its stories and videos, newest first. */
export async function loadSeriesPage(ctx: ReadContext, slug: string, n: number): Promise<Loaded<SeriesView>> {
  const series = await findSeriesBySlug(ctx.db, slug);
  if (!series) return { kind: 'not-found' };
  const [storyCount, videoCount] = await Promise.all([
    countPublicArticles(ctx.db, ctx.now, { seriesId: series.id }),
    countPublicVideos(ctx.db, ctx.now, { seriesId: series.id }),
  ]);
  const total = storyCount + videoCount;
  if (!pageExists(n, total)) return { kind: 'not-found' };
  // Merging two newest-first lists: the first n pages of the merge come from the first n pages of each.
  const upTo = { limit: n * PAGE_SIZE, offset: 0 };
  const [stories, videos] = await Promise.all([
    listPublicSummaries(ctx.db, ctx.now, { seriesId: series.id }, upTo).then((a) => storySummaries(ctx, a)),
    listPublicVideos(ctx.db, ctx.now, { seriesId: series.id }, upTo).then((v) => videoSummaries(ctx, v)),
  ]);
  const entries = [...stories, ...videos]
    .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime())
    .slice((n - 1) * PAGE_SIZE, n * PAGE_SIZE);
  return { kind: 'ok', keys: [keys.series(series.id), keys.videos, keys.settings], view: { series, entries, pageInfo: pageInfo(n, total) } };
}

export async function loadVideoHub(ctx: ReadContext, n: number): Promise<Loaded<VideoHubView>> {
  const total = await countPublicVideos(ctx.db, ctx.now);
  if (!pageExists(n, total)) return { kind: 'not-found' };
  const videos = await videoSummaries(ctx, await listPublicVideos(ctx.db, ctx.now, {}, page(n)));
  return { kind: 'ok', keys: [keys.videos, keys.settings], view: { videos, pageInfo: pageInfo(n, total) } };
}
