import type { Executor } from '../store/database.ts';
import type { MarkedSegment } from './marked-text.ts';
import type { SearchQuery } from './search-query.ts';

export interface SearchHit {
  readonly articleId: number;
  /** Relevance times recency; only the order means anything. */
  readonly score: number;
}

/**
 * Full-text search over stories, one implementation per store. Only public
 * stories are returned, judged at `now` from the live article rows, so a
 * kill, withhold or unpublish takes a story out of the results at once.
 */
export interface SearchIndex {
  /** Best first; `total` counts every public match. */
  search(
    db: Executor,
    query: SearchQuery,
    now: Date,
    page: { readonly limit: number; readonly offset: number },
  ): Promise<{ readonly total: number; readonly hits: readonly SearchHit[] }>;
  /** A short passage of each story with the matched words marked, by article id. */
  snippets(db: Executor, query: SearchQuery, articleIds: readonly number[]): Promise<ReadonlyMap<number, readonly MarkedSegment[]>>;
}
