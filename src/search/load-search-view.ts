import type { Loaded } from '../site-data/load-listing-pages.ts';
import { MAX_PAGE, pageExists, pageInfo, PAGE_SIZE } from '../site-data/pagination.ts';
import type { ReadContext } from '../site-data/read-context.ts';
import { storySummaries } from '../site-data/story-summaries.ts';
import type { SearchView } from '../site/view-models.ts';
import { searchArticles } from './search-articles.ts';
import { searchIndexFor } from './search-index-for.ts';

/** One page of the public search page; a page past the last result does not exist. */
export async function loadSearchView(ctx: ReadContext, text: string, page: number): Promise<Loaded<SearchView>> {
  if (page < 1 || page > MAX_PAGE) return { kind: 'not-found' };
  const index = searchIndexFor(ctx.dialect);
  const found = await searchArticles(ctx.db, index, text, ctx.now, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  if (!pageExists(page, found.total)) return { kind: 'not-found' };
  const stories = await storySummaries(ctx, found.results.map((r) => r.article));
  return {
    kind: 'ok',
    keys: [],
    view: {
      query: found.query.text,
      results: stories.map((story, i) => ({ story, snippet: found.results[i].snippet })),
      total: found.total,
      pageInfo: pageInfo(page, found.total),
    },
  };
}
