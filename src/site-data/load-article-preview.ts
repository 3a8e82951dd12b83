import type { Article } from '../domain/article.ts';
import { findAuthorsByIds } from '../store/repositories/author-repository.ts';
import { findMediaById } from '../store/repositories/media-repository.ts';
import { findTagsByIds } from '../store/repositories/tag-repository.ts';
import type { ArticleView, RailsView } from '../site/view-models.ts';
import { bodyStartsWithDateline } from './load-article-page.ts';
import { loadRails } from './load-rails.ts';
import type { ReadContext } from './read-context.ts';

/**
 * A story as its public page would show it, whatever its state: the
 * newsroom previews drafts and scheduled stories, which the public page
 * loader rightly refuses. A story never published shows its times as now.
 */
export async function loadArticlePreview(ctx: ReadContext, article: Article): Promise<{ article: ArticleView; rails: RailsView } | null> {
  const section = ctx.sections.get(article.sectionId);
  if (!section) return null;
  const [authors, tags, leadAsset, rails] = await Promise.all([
    findAuthorsByIds(ctx.db, article.authorIds),
    findTagsByIds(ctx.db, article.tagIds),
    article.leadMediaId !== null ? findMediaById(ctx.db, article.leadMediaId) : Promise.resolve(null),
    loadRails(ctx, article, new Set()),
  ]);
  const view: ArticleView = {
    id: article.id,
    slug: article.slug,
    headline: article.headline,
    dek: article.dek,
    section: ctx.sections.link(section.id),
    parentSections: ctx.sections.ancestors(section.id).map((s) => ctx.sections.link(s.id)),
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
  return { article: view, rails };
}
