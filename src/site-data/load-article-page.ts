import { publicAnswer } from '../domain/visibility.ts';
import { keys } from '../domain/surrogate-keys.ts';
import { findArticleBySlug } from '../store/repositories/article-repository.ts';
import { findAuthorsByIds } from '../store/repositories/author-repository.ts';
import { findMediaById } from '../store/repositories/media-repository.ts';
import { findRedirect } from '../store/repositories/redirect-repository.ts';
import { findTagsByIds } from '../store/repositories/tag-repository.ts';
import type { ArticleView, RailsView } from '../site/view-models.ts';
import { urls } from '../site/urls.ts';
import { loadRails } from './load-rails.ts';
import type { ReadContext } from './read-context.ts';

export type ArticlePageResult =
  | { readonly kind: 'ok'; readonly article: ArticleView; readonly rails: RailsView; readonly keys: readonly string[] }
  | { readonly kind: 'redirect'; readonly location: string }
  | { readonly kind: 'gone'; readonly keys: readonly string[] }
  | { readonly kind: 'not-found' };

/** Whether the dateline's "PLACE (SOURCE) —" already opens the body text. */
export function bodyStartsWithDateline(bodyHtml: string, place: string): boolean {
  const text = bodyHtml.replace(/<[^>]*>/g, '').trimStart().slice(0, place.length + 40).toUpperCase();
  return text.startsWith(place.toUpperCase());
}

export async function loadArticlePage(ctx: ReadContext, sectionPath: string, slug: string): Promise<ArticlePageResult> {
  const section = ctx.sections.find(sectionPath);
  const article = section ? await findArticleBySlug(ctx.db, section.id, slug) : null;
  if (!article || !section) {
    const to = await findRedirect(ctx.db, urls.article(sectionPath, slug));
    return to ? { kind: 'redirect', location: to } : { kind: 'not-found' };
  }
  const answer = publicAnswer(article, ctx.now);
  if (answer === 'gone') return { kind: 'gone', keys: [keys.article(article.id)] };
  if (answer === 'not-found') return { kind: 'not-found' };

  const pageKeys = new Set<string>([keys.article(article.id), keys.section(section.id), keys.settings]);
  const [authors, tags, leadAsset, rails] = await Promise.all([
    findAuthorsByIds(ctx.db, article.authorIds),
    findTagsByIds(ctx.db, article.tagIds),
    article.leadMediaId !== null ? findMediaById(ctx.db, article.leadMediaId) : Promise.resolve(null),
    loadRails(ctx, article, pageKeys),
  ]);
  for (const a of authors) pageKeys.add(keys.author(a.id));
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
    publishedAt: article.publishedAt ?? article.createdAt,
    updatedAt: article.updatedAt,
    updateNote: article.updateNote,
    correctionNote: article.correctionNote,
  };
  return { kind: 'ok', article: view, rails, keys: [...pageKeys] };
}
