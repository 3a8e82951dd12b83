import { decayedScore, HOUR_MS } from '../domain/trending-score.ts';
import type { Executor } from '../store/database.ts';
import { viewBucketsSince } from '../store/repositories/page-view-repository.ts';

export interface TrendingEntry {
  readonly articleId: number;
  readonly score: number;
}

/**
 * Story ids by time-decayed views. Buckets older than eight half-lives add
 * less than 0.4% of their weight, so they are not read at all.
 */
export async function rankTrending(db: Executor, now: Date, halfLifeHours: number, limit: number): Promise<TrendingEntry[]> {
  const since = now.getTime() - Math.ceil(halfLifeHours * 8) * HOUR_MS;
  const rows = await viewBucketsSince(db, since);
  const byArticle = new Map<number, { bucketStart: number; views: number }[]>();
  for (const r of rows) {
    const list = byArticle.get(r.article_id) ?? [];
    list.push({ bucketStart: Number(r.bucket_start), views: Number(r.views) });
    byArticle.set(r.article_id, list);
  }
  return [...byArticle.entries()]
    .map(([articleId, buckets]) => ({ articleId, score: decayedScore(buckets, now.getTime(), halfLifeHours) }))
    .sort((a, b) => b.score - a.score || b.articleId - a.articleId)
    .slice(0, limit);
}
