/**
 * How results are ordered, the same on both stores: relevance multiplied by
 * a recency factor that is 2 for a story published now, 1.5 at
 * `RECENCY_HALF_DAYS` old and tends to 1 for old stories. A strong match in
 * an old headline still beats a passing mention in today's story.
 */
export const RECENCY_HALF_DAYS = 30;

export const DAY_MS = 86_400_000;

/** The factor for a story `ageDays` old; the SQL in each index computes the same expression. */
export function recencyFactor(ageDays: number): number {
  return 1 + RECENCY_HALF_DAYS / (RECENCY_HALF_DAYS + Math.max(0, ageDays));
}

/** FTS5 bm25 column weights, in the column order of `search_index`: headline, dek, byline, tags, body. */
export const FTS5_COLUMN_WEIGHTS = [10, 4, 2, 4, 1] as const;

/** ts_rank weights for labels D, C, B, A (body; byline; dek and tags; headline). */
export const TS_RANK_WEIGHTS = [0.1, 0.2, 0.4, 1.0] as const;
