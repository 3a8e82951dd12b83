import type { Article } from '../../domain/article.ts';
import type { ReadContext } from '../../site-data/read-context.ts';
import { findAuthorsByIds } from '../../store/repositories/author-repository.ts';
import { findMediaByIds } from '../../store/repositories/media-repository.ts';
import { findTagsByIds } from '../../store/repositories/tag-repository.ts';
import type { ArticleRelations } from './present-article.ts';

export async function loadArticleRelations(ctx: ReadContext, articles: readonly Article[]): Promise<ArticleRelations> {
  const [tags, authors, media] = await Promise.all([
    findTagsByIds(ctx.db, [...new Set(articles.flatMap((a) => a.tagIds))]),
    findAuthorsByIds(ctx.db, [...new Set(articles.flatMap((a) => a.authorIds))]),
    findMediaByIds(ctx.db, articles.map((a) => a.leadMediaId).filter((id): id is number => id !== null)),
  ]);
  return {
    sections: ctx.sections,
    baseUrl: ctx.settings.baseUrl,
    tags: new Map(tags.map((t) => [t.id, t])),
    authors: new Map(authors.map((a) => [a.id, a])),
    media,
    image: (asset) => ctx.image(asset, 'card'),
  };
}
