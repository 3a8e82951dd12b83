import type { Article } from '../domain/article.ts';
import { keys } from '../domain/surrogate-keys.ts';
import { listPublicArticles, type PublicArticleFilter } from '../store/repositories/article-repository.ts';
import { findAuthorsByIds } from '../store/repositories/author-repository.ts';
import { findMediaByIds } from '../store/repositories/media-repository.ts';
import { findSeriesBySlug } from '../store/repositories/series-repository.ts';
import { findTagBySlug, findTagsByIds } from '../store/repositories/tag-repository.ts';
import type { FeedChannel, FeedEntry } from '../site/feeds/feed-input.ts';
import { absoluteUrl, urls } from '../site/urls.ts';
import type { ReadContext } from './read-context.ts';

export const FEED_SIZE = 30;

export type FeedScope =
  | { readonly kind: 'all' }
  | { readonly kind: 'section'; readonly path: string }
  | { readonly kind: 'tag'; readonly slug: string }
  | { readonly kind: 'series'; readonly slug: string };

export interface LoadedFeed {
  /** Everything but `feedPath`, which depends on the format asked for. */
  readonly channel: Omit<FeedChannel, 'feedPath'>;
  readonly entries: readonly FeedEntry[];
  readonly keys: readonly string[];
}

async function feedEntries(ctx: ReadContext, articles: readonly Article[]): Promise<FeedEntry[]> {
  const [authors, tags, media] = await Promise.all([
    findAuthorsByIds(ctx.db, [...new Set(articles.flatMap((a) => a.authorIds))]),
    findTagsByIds(ctx.db, [...new Set(articles.flatMap((a) => a.tagIds))]),
    findMediaByIds(ctx.db, articles.map((a) => a.leadMediaId).filter((id): id is number => id !== null)),
  ]);
  const authorName = new Map(authors.map((a) => [a.id, a.name]));
  const tagName = new Map(tags.map((t) => [t.id, t.name]));
  const base = ctx.settings.baseUrl;
  return articles.map((a) => {
    const section = ctx.sections.get(a.sectionId);
    const url = absoluteUrl(base, urls.article(section?.path ?? '', a.slug));
    const names = a.authorIds.map((id) => authorName.get(id)).filter((n): n is string => !!n);
    const asset = a.leadMediaId !== null ? media.get(a.leadMediaId) : undefined;
    const image = asset ? ctx.image(asset, 'lead') : null;
    return {
      id: url,
      url,
      title: a.headline,
      summary: a.dek,
      contentHtml: a.bodyHtml,
      publishedAt: a.publishedAt ?? a.createdAt,
      updatedAt: a.updatedAt,
      authors: names.length > 0 ? names : a.byline ? [a.byline.replace(/^by\s+/i, '')] : [],
      categories: [section?.name, ...a.tagIds.map((id) => tagName.get(id))].filter((n): n is string => !!n),
      ...(image ? { image: { url: absoluteUrl(base, image.src), mimeType: 'image/jpeg', width: image.width, height: image.height } } : {}),
    };
  });
}

/** The newest public stories of a scope as feed entries, or null when the scope does not exist. */
export async function loadFeed(ctx: ReadContext, scope: FeedScope): Promise<LoadedFeed | null> {
  const site = ctx.settings;
  let filter: PublicArticleFilter = {};
  let title = site.name;
  let description = site.tagline;
  let pagePath = urls.home();
  const feedKeys = new Set<string>([keys.settings]);
  if (scope.kind === 'all') {
    feedKeys.add(keys.latest);
  } else if (scope.kind === 'section') {
    const s = ctx.sections.find(scope.path);
    if (!s) return null;
    filter = { sectionIds: ctx.sections.subtreeIds(s.id) };
    title = `${s.name} | ${site.name}`;
    description = s.description ?? `${s.name} from ${site.name}`;
    pagePath = urls.section(s.path);
    feedKeys.add(keys.section(s.id));
  } else if (scope.kind === 'tag') {
    const t = await findTagBySlug(ctx.db, scope.slug);
    if (!t) return null;
    filter = { tagId: t.id };
    title = `${t.name} | ${site.name}`;
    description = `Stories tagged ${t.name} from ${site.name}`;
    pagePath = urls.tag(t.slug);
    feedKeys.add(keys.tag(t.id));
  } else {
    const s = await findSeriesBySlug(ctx.db, scope.slug);
    if (!s) return null;
    filter = { seriesId: s.id };
    title = `${s.name} | ${site.name}`;
    description = s.description ?? `${s.name} from ${site.name}`;
    pagePath = urls.series(s.slug);
    feedKeys.add(keys.series(s.id));
  }
  const articles = await listPublicArticles(ctx.db, ctx.now, filter, { limit: FEED_SIZE });
  for (const a of articles) feedKeys.add(keys.article(a.id));
  const entries = await feedEntries(ctx, articles);
  const updatedAt = entries.reduce((t, e) => Math.max(t, (e.updatedAt ?? e.publishedAt).getTime()), 0);
  return {
    channel: { title, description, siteUrl: site.baseUrl, pagePath, language: site.locale, updatedAt: new Date(updatedAt || ctx.now.getTime()) },
    entries,
    keys: [...feedKeys],
  };
}
