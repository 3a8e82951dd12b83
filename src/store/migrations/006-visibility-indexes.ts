import type { Kysely } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * The scheduler asks every second which stories crossed an embargo or
 * expiry time; without these indexes that is a scan of every story.
 */
export const visibilityIndexes: Migration = {
  name: '006-visibility-indexes',
  async up(db: Kysely<unknown>) {
    await db.schema.createIndex('articles_embargo_until').on('articles').column('embargo_until').execute();
    await db.schema.createIndex('articles_expires_at').on('articles').column('expires_at').execute();
  },
};
