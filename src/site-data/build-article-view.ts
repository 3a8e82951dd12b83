import type { Article } from '../domain/article.ts';
import { findAuthorsByIds } from '../store/repositories/author-repository.ts';
import { findMediaById } from '../store/repositories/media-repository.ts';
import { findTagsByIds } from '../store/repositories/tag-repository.ts';
import type { ArticleView } from '../site/view-models.ts';
import type { ReadContext } from './read-context.ts';

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
    findAuthorsByIds(ctx.db, article.authorIds),
    findTagsByIds(ctx.db, article.tagIds),
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
