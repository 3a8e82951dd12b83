import type { Article } from '../domain/article.ts';
import type { ArticleView, RailsView } from '../site/view-models.ts';
import { buildArticleView } from './build-article-view.ts';
import { loadRails } from './load-rails.ts';
import type { ReadContext } from './read-context.ts';

/**
 * A story as its public page would show it, whatever its state: the
 * newsroom previews drafts and scheduled stories, which the public page
 * loader rightly refuses.
 */
export async function loadArticlePreview(ctx: ReadContext, article: Article): Promise<{ article: ArticleView; rails: RailsView } | null> {
  if (!ctx.sections.get(article.sectionId)) return null;
  const [view, rails] = await Promise.all([buildArticleView(ctx, article), loadRails(ctx, article, new Set())]);
  return { article: view, rails };
}
