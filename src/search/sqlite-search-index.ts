import { sql } from 'kysely';
import type { Executor } from '../store/database.ts';
import { publicArticleFilter } from '../store/repositories/article-repository.ts';
import { fts5MatchExpression } from './fts5-match-expression.ts';
import { MARK_END, MARK_START, markedSegments, type MarkedSegment } from './marked-text.ts';
import type { SearchHit, SearchIndex } from './search-index.ts';
import { DAY_MS, FTS5_COLUMN_WEIGHTS, RECENCY_HALF_DAYS } from './search-ranking.ts';

/** Column numbers in `search_index` (migration 003-search). */
const DEK_COLUMN = 1;
const BODY_COLUMN = 4;
const SNIPPET_TOKENS = 24;

/** Every public story matching `match`, with FTS5's bm25 turned into a higher-is-better relevance. */
function publicMatches(db: Executor, match: string, nowMs: number) {
  const weights = sql.join(FTS5_COLUMN_WEIGHTS.map((w) => sql.lit(w)));
  const matches = sql<{ rowid: number; relevance: number }>`(
    select rowid, -bm25(search_index, ${weights}) as relevance from search_index where search_index match ${match}
  )`.as('m');
  return db.selectFrom(matches).innerJoin('articles', 'articles.id', 'm.rowid').where((eb) => publicArticleFilter(nowMs)(eb as never));
}

/** SQLite: FTS5 over `search_documents` as external content. */
export const sqliteSearchIndex: SearchIndex = {
  async search(db, query, now, page) {
    if (query.terms.length === 0) return { total: 0, hits: [] };
    const match = fts5MatchExpression(query);
    const nowMs = now.getTime();
    const score = sql<number>`m.relevance * (1.0 + ${sql.lit(RECENCY_HALF_DAYS)} / (${sql.lit(RECENCY_HALF_DAYS)} + (${nowMs} - articles.published_at) / ${sql.lit(DAY_MS)}.0))`;
    // Counting separately lets SQLite keep only the best rows while ranking instead of sorting every match.
    const [count, rows] = await Promise.all([
      publicMatches(db, match, nowMs).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      publicMatches(db, match, nowMs)
        .select(['articles.id as id', score.as('score')])
        .orderBy('score', 'desc')
        .orderBy('articles.id', 'desc')
        .limit(page.limit)
        .offset(page.offset)
        .execute(),
    ]);
    const hits: SearchHit[] = rows.map((r) => Object.freeze({ articleId: r.id, score: Number(r.score) }));
    return { total: Number(count.n), hits };
  },

  async snippets(db, query, articleIds) {
    const out = new Map<number, readonly MarkedSegment[]>();
    if (query.terms.length === 0 || articleIds.length === 0) return out;
    const cut = (column: number) =>
      sql<string>`snippet(search_index, ${sql.lit(column)}, ${MARK_START}, ${MARK_END}, '…', ${sql.lit(SNIPPET_TOKENS)})`;
    const rows = await sql<{ id: number; body: string | null; dek: string | null }>`
      select rowid as id, ${cut(BODY_COLUMN)} as body, ${cut(DEK_COLUMN)} as dek
      from search_index
      where search_index match ${fts5MatchExpression(query)} and rowid in (${sql.join([...articleIds])})
    `.execute(db);
    for (const r of rows.rows) {
      const body = markedSegments(r.body ?? '');
      // A story without body text (a photo or a brief) is described by its dek.
      out.set(r.id, body.length > 0 ? body : markedSegments(r.dek ?? ''));
    }
    return out;
  },
};
