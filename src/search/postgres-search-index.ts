import { type RawBuilder, sql } from 'kysely';
import type { Executor } from '../store/database.ts';
import { publicArticleFilter } from '../store/repositories/article-repository.ts';
import { MARK_END, MARK_START, markedSegments, type MarkedSegment } from './marked-text.ts';
import type { SearchHit, SearchIndex } from './search-index.ts';
import type { SearchQuery } from './search-query.ts';
import { DAY_MS, RECENCY_HALF_DAYS, TS_RANK_WEIGHTS } from './search-ranking.ts';

/** Must match the configuration the `document` column was built with (migration 003-search). */
const CONFIG = sql.lit('english');

/**
 * The query as a tsquery built only from bound text through PostgreSQL's
 * plain-text parsers, which accept any input: words go through
 * plainto_tsquery, phrases through phraseto_tsquery, all ANDed.
 */
function tsquery(query: SearchQuery): RawBuilder<unknown> {
  const words = query.terms.flatMap((t) => (t.kind === 'word' ? [t.word] : []));
  const parts: RawBuilder<unknown>[] = [];
  if (words.length > 0) parts.push(sql`plainto_tsquery(${CONFIG}, ${words.join(' ')})`);
  for (const t of query.terms) if (t.kind === 'phrase') parts.push(sql`phraseto_tsquery(${CONFIG}, ${t.words.join(' ')})`);
  return sql`(${sql.join(parts, sql` && `)})`;
}

function publicMatches(db: Executor, query: SearchQuery, nowMs: number) {
  const weights = sql.raw(`'{${TS_RANK_WEIGHTS.join(',')}}'`);
  const matches = sql<{ article_id: number; relevance: number }>`(
    select d.article_id, ts_rank(${weights}, d.document, q.query, 1) as relevance
    from search_documents d, (select ${tsquery(query)} as query) q
    where d.document @@ q.query
  )`.as('m');
  return db.selectFrom(matches).innerJoin('articles', 'articles.id', 'm.article_id').where((eb) => publicArticleFilter(nowMs)(eb as never));
}

const ANGLE_STAND_INS = '\uE000\uE001';
const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=30, MinWords=15`;

/** PostgreSQL: a weighted, generated tsvector with a GIN index. */
export const postgresSearchIndex: SearchIndex = {
  async search(db, query, now, page) {
    if (query.terms.length === 0) return { total: 0, hits: [] };
    const nowMs = now.getTime();
    const age = sql`(cast(${nowMs} as double precision) - articles.published_at) / ${sql.lit(DAY_MS)}`;
    const score = sql<number>`m.relevance * (1.0 + ${sql.lit(RECENCY_HALF_DAYS)} / (${sql.lit(RECENCY_HALF_DAYS)} + ${age}))`;
    // The total rides along as a window count, so the matches are found and joined once, not twice.
    const rows = await publicMatches(db, query, nowMs)
      .select(['articles.id as id', score.as('score'), sql<number>`count(*) over ()`.as('total')])
      .orderBy('score', 'desc')
      .orderBy('articles.id', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute();
    const hits: SearchHit[] = rows.map((r) => Object.freeze({ articleId: r.id, score: Number(r.score) }));
    if (rows.length > 0) return { total: Number(rows[0].total), hits };
    if (page.offset === 0) return { total: 0, hits };
    // Past the last page the window has no row to ride on.
    const count = await publicMatches(db, query, nowMs).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return { total: Number(count.n), hits };
  },

  async snippets(db, query, articleIds) {
    const out = new Map<number, readonly MarkedSegment[]>();
    if (query.terms.length === 0 || articleIds.length === 0) return out;
    // A story without body text (a photo or a brief) is described by its dek. ts_headline drops
    // anything that looks like an HTML tag, so `<` and `>` in the text travel as private-use stand-ins.
    const rows = await sql<{ id: number; passage: string }>`
      select d.article_id as id,
        ts_headline(${CONFIG}, translate(case when d.body_text ~ '\\S' then d.body_text else d.dek end, '<>', ${ANGLE_STAND_INS}), q.query, ${HEADLINE_OPTIONS}) as passage
      from search_documents d, (select ${tsquery(query)} as query) q
      where d.article_id in (${sql.join([...articleIds])})
    `.execute(db);
    for (const r of rows.rows) out.set(r.id, markedSegments((r.passage ?? '').replace(/\uE000/g, '<').replace(/\uE001/g, '>')));
    return out;
  },
};
