import { keys } from '../domain/surrogate-keys.ts';
import { publicAnswer } from '../domain/visibility.ts';
import { findArticleBySlug } from '../store/repositories/article-repository.ts';
import { findRedirect } from '../store/repositories/redirect-repository.ts';
import type { ArticleView, RailsView } from '../site/view-models.ts';
import { urls } from '../site/urls.ts';
import { buildArticleView } from './build-article-view.ts';
import { loadRails } from './load-rails.ts';
import type { ReadContext } from './read-context.ts';

export type ArticlePageResult =
  | { readonly kind: 'ok'; readonly article: ArticleView; readonly rails: RailsView; readonly keys: readonly string[] }
  | { readonly kind: 'redirect'; readonly location: string }
  | { readonly kind: 'gone'; readonly keys: readonly string[] }
  | { readonly kind: 'not-found' };

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

  const pageKeys = new Set<string>([keys.article(article.id), keys.settings]);
  const [view, rails] = await Promise.all([buildArticleView(ctx, article), loadRails(ctx, article, pageKeys)]);
  for (const a of article.authorIds) pageKeys.add(keys.author(a));
  return { kind: 'ok', article: view, rails, keys: [...pageKeys] };
}
