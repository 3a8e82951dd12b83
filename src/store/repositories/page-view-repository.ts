import type { Executor } from '../database.ts';

/** Adds counted views to their hour buckets in one statement per batch. */
export async function addPageViews(db: Executor, counts: readonly { articleId: number; bucketStart: number; views: number }[]): Promise<void> {
  if (counts.length === 0) return;
  await db
    .insertInto('page_views')
    .values(counts.map((c) => ({ article_id: c.articleId, bucket_start: c.bucketStart, views: c.views })))
    .onConflict((oc) => oc.columns(['article_id', 'bucket_start']).doUpdateSet((eb) => ({ views: eb('page_views.views', '+', eb.ref('excluded.views')) })))
    .execute();
}

export async function viewBucketsSince(db: Executor, since: number) {
  return db.selectFrom('page_views').select(['article_id', 'bucket_start', 'views']).where('bucket_start', '>=', since).execute();
}

/** Views per day across the site, for the newsroom dashboard. */
export async function viewsPerBucket(db: Executor, since: number) {
  return db
    .selectFrom('page_views')
    .select(['bucket_start', (eb) => eb.fn.sum<number>('views').as('views')])
    .where('bucket_start', '>=', since)
    .groupBy('bucket_start')
    .orderBy('bucket_start')
    .execute();
}
