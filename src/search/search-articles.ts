import type { Article } from '../domain/article.ts';
import type { SafeHtml } from '../site/html.ts';
import type { Executor } from '../store/database.ts';
import { findArticlesByIds } from '../store/repositories/article-repository.ts';
import type { SearchIndex } from './search-index.ts';
import { parseSearchQuery, type SearchQuery } from './search-query.ts';
import { snippetHtml } from './snippet-html.ts';

export interface ArticleSearchResult {
  readonly article: Article;
  /** A passage with the matched words in `<mark>`, everything else escaped. */
  readonly snippet: SafeHtml;
}

export interface ArticleSearchPage {
  readonly query: SearchQuery;
  /** Public stories matching, over all pages. */
  readonly total: number;
  readonly results: readonly ArticleSearchResult[];
}

/**
 * Searches public stories: parses what the reader typed, ranks the matches
 * by relevance and recency, and marks the matched words in a passage of each.
 */
export async function searchArticles(
  db: Executor,
  index: SearchIndex,
  text: string,
  now: Date,
  page: { readonly limit: number; readonly offset: number },
): Promise<ArticleSearchPage> {
  const query = parseSearchQuery(text);
  const { total, hits } = await index.search(db, query, now, page);
  const ids = hits.map((h) => h.articleId);
  const [articles, snippets] = await Promise.all([findArticlesByIds(db, ids), index.snippets(db, query, ids)]);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const results = ids.flatMap((id) => {
    const article = byId.get(id);
    return article ? [Object.freeze({ article, snippet: snippetHtml(snippets.get(id) ?? []) })] : [];
  });
  return Object.freeze({ query, total, results: Object.freeze(results) });
}
