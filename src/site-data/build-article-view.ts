import type { Article } from '../domain/article.ts';
import { findAuthorsByIds } from '../store/repositories/author-repository.ts';
import { findMediaById } from '../store/repositories/media-repository.ts';
import { findTagsByIds } from '../store/repositories/tag-repository.ts';
import type { ArticleView } from '../site/view-models.ts';
import { type ReadContext, sharedValue } from './read-context.ts';

/**
 * Authors and tags by id, each kept with the context's shared values: a few
 * hundred of them appear on every story page, in ever other combinations.
 */
async function eachShared<T>(ctx: ReadContext, kind: string, ids: readonly number[], find: (db: ReadContext['db'], ids: readonly number[]) => Promise<T[]>): Promise<T[]> {
  if (!ctx.shared) return find(ctx.db, ids);
  const found = (await Promise.all(ids.map((id) => sharedValue<T | null>(ctx, `${kind}:${id}`, async () => (await find(ctx.db, [id]))[0] ?? null)))) as (T | null)[];
  return found.filter((x): x is T => x !== null);
}

/** Whether the dateline's "PLACE (SOURCE) —" already opens the body text. */
export function bodyStartsWithDateline(bodyHtml: string, place: string): boolean {
  const text = bodyHtml.replace(/<[^>]*>/g, '').trimStart().slice(0, place.length + 40).toUpperCase();
  return text.startsWith(place.toUpperCase());
}

/**
 * The story page's view of a story, with its authors, tags and lead photo
 * read. A story never published (a preview) shows its times as now.
 */
export async function buildArticleView(ctx: ReadContext, article: Article): Promise<ArticleView> {
  const [authors, tags, leadAsset] = await Promise.all([
    eachShared(ctx, 'author', article.authorIds, findAuthorsByIds),
    eachShared(ctx, 'tag', article.tagIds, findTagsByIds),
    article.leadMediaId !== null ? findMediaById(ctx.db, article.leadMediaId) : Promise.resolve(null),
  ]);
  return {
    id: article.id,
    slug: article.slug,
    headline: article.headline,
    dek: article.dek,
    section: ctx.sections.link(article.sectionId),
    parentSections: ctx.sections.ancestors(article.sectionId).map((s) => ctx.sections.link(s.id)),
    authors,
    byline: article.byline,
    tags,
    dateline: article.dateline,
    bodyHasDateline: article.dateline ? bodyStartsWithDateline(article.bodyHtml, article.dateline.place) : false,
    bodyHtml: article.bodyHtml,
    lead: leadAsset ? { image: ctx.image(leadAsset, 'lead'), caption: leadAsset.caption, credit: leadAsset.credit } : null,
    rights: article.rights,
    language: article.language,
    publishedAt: article.publishedAt ?? ctx.now,
    updatedAt: article.updatedAt,
    updateNote: article.updateNote,
    correctionNote: article.correctionNote,
  };
}
