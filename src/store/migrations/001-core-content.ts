import type { CreateTableBuilder, Kysely } from 'kysely';
import type { StoreDialect } from '../store-dialect.ts';
import type { Migration } from './migration.ts';

function withId<T extends string>(t: CreateTableBuilder<T, never>, d: StoreDialect) {
  return t.addColumn('id', d.serialType, (c) => (d.serialNeedsAutoIncrement ? c.primaryKey().autoIncrement() : c.primaryKey()));
}

export const coreContent: Migration = {
  name: '001-core-content',
  async up(db: Kysely<unknown>, d: StoreDialect) {
    const big = d.bigintType;
    await db.schema.createTable('settings')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .execute();

    await withId(db.schema.createTable('sections'), d)
      .addColumn('slug', 'text', (c) => c.notNull())
      .addColumn('path', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('parent_id', 'integer', (c) => c.references('sections.id'))
      .addColumn('description', 'text')
      .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();

    await withId(db.schema.createTable('tags'), d)
      .addColumn('slug', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .execute();

    await withId(db.schema.createTable('authors'), d)
      .addColumn('slug', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('title', 'text')
      .addColumn('bio', 'text')
      .execute();

    await withId(db.schema.createTable('media_assets'), d)
      .addColumn('storage_key', 'text', (c) => c.notNull())
      .addColumn('mime_type', 'text', (c) => c.notNull())
      .addColumn('width', 'integer', (c) => c.notNull())
      .addColumn('height', 'integer', (c) => c.notNull())
      .addColumn('bytes', 'integer', (c) => c.notNull())
      .addColumn('alt', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('caption', 'text')
      .addColumn('credit', 'text')
      .addColumn('focal_x', d.floatType, (c) => c.notNull().defaultTo(0.5))
      .addColumn('focal_y', d.floatType, (c) => c.notNull().defaultTo(0.5))
      .addColumn('wire_provider', 'text')
      .addColumn('wire_guid', 'text')
      .addColumn('created_at', big, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('media_assets_storage_key').on('media_assets').column('storage_key').execute();
    await db.schema.createIndex('media_assets_wire').on('media_assets').columns(['wire_provider', 'wire_guid']).execute();

    await withId(db.schema.createTable('series'), d)
      .addColumn('slug', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .execute();

    await withId(db.schema.createTable('articles'), d)
      .addColumn('slug', 'text', (c) => c.notNull())
      .addColumn('section_id', 'integer', (c) => c.notNull().references('sections.id'))
      .addColumn('headline', 'text', (c) => c.notNull())
      .addColumn('dek', 'text')
      .addColumn('byline', 'text')
      .addColumn('dateline_place', 'text')
      .addColumn('dateline_source', 'text')
      .addColumn('body_html', 'text', (c) => c.notNull())
      .addColumn('lead_media_id', 'integer', (c) => c.references('media_assets.id'))
      .addColumn('series_id', 'integer', (c) => c.references('series.id'))
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('language', 'text', (c) => c.notNull().defaultTo('en'))
      .addColumn('published_at', big)
      .addColumn('updated_at', big)
      .addColumn('edited_at', big, (c) => c.notNull())
      .addColumn('created_at', big, (c) => c.notNull())
      .addColumn('embargo_until', big)
      .addColumn('expires_at', big)
      .addColumn('update_note', 'text')
      .addColumn('correction_note', 'text')
      .addColumn('origin', 'text', (c) => c.notNull().defaultTo('local'))
      .addColumn('wire_provider', 'text')
      .addColumn('wire_guid', 'text')
      .addColumn('wire_version', 'integer')
      .addColumn('wire_etag', 'text')
      .addColumn('copyright_notice', 'text')
      .addColumn('copyright_holder', 'text')
      .addColumn('usage_terms', 'text')
      .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
      .addUniqueConstraint('articles_section_slug', ['section_id', 'slug'])
      .addUniqueConstraint('articles_wire_identity', ['wire_provider', 'wire_guid'])
      .execute();
    await db.schema.createIndex('articles_public').on('articles').columns(['status', 'published_at']).execute();
    await db.schema.createIndex('articles_section_published').on('articles').columns(['section_id', 'published_at']).execute();
    await db.schema.createIndex('articles_series').on('articles').columns(['series_id', 'published_at']).execute();

    await db.schema.createTable('article_tags')
      .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
      .addColumn('tag_id', 'integer', (c) => c.notNull().references('tags.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
      .addPrimaryKeyConstraint('article_tags_pk', ['article_id', 'tag_id'])
      .execute();
    await db.schema.createIndex('article_tags_tag').on('article_tags').columns(['tag_id', 'article_id']).execute();

    await db.schema.createTable('article_authors')
      .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
      .addColumn('author_id', 'integer', (c) => c.notNull().references('authors.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
      .addPrimaryKeyConstraint('article_authors_pk', ['article_id', 'author_id'])
      .execute();
    await db.schema.createIndex('article_authors_author').on('article_authors').columns(['author_id', 'article_id']).execute();

    await withId(db.schema.createTable('article_revisions'), d)
      .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
      .addColumn('revision', 'integer', (c) => c.notNull())
      .addColumn('created_at', big, (c) => c.notNull())
      .addColumn('actor', 'text')
      .addColumn('snapshot', 'text', (c) => c.notNull())
      .addUniqueConstraint('article_revisions_unique', ['article_id', 'revision'])
      .execute();

    await withId(db.schema.createTable('videos'), d)
      .addColumn('slug', 'text', (c) => c.notNull().unique())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('thumbnail_media_id', 'integer', (c) => c.references('media_assets.id'))
      .addColumn('source_url', 'text', (c) => c.notNull())
      .addColumn('duration_seconds', 'integer')
      .addColumn('published_at', big, (c) => c.notNull())
      .addColumn('series_id', 'integer', (c) => c.references('series.id'))
      .addColumn('section_id', 'integer', (c) => c.references('sections.id'))
      .addColumn('created_at', big, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('videos_published').on('videos').columns(['published_at']).execute();

    await withId(db.schema.createTable('curated_lists'), d)
      .addColumn('slug', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .execute();

    await db.schema.createTable('curated_entries')
      .addColumn('list_id', 'integer', (c) => c.notNull().references('curated_lists.id').onDelete('cascade'))
      .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('pinned', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('expires_at', big)
      .addPrimaryKeyConstraint('curated_entries_pk', ['list_id', 'article_id'])
      .execute();

    await db.schema.createTable('redirects')
      .addColumn('from_path', 'text', (c) => c.primaryKey())
      .addColumn('to_path', 'text', (c) => c.notNull())
      .addColumn('created_at', big, (c) => c.notNull())
      .execute();

    await db.schema.createTable('page_views')
      .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
      .addColumn('bucket_start', big, (c) => c.notNull())
      .addColumn('views', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('page_views_pk', ['article_id', 'bucket_start'])
      .execute();
    await db.schema.createIndex('page_views_bucket').on('page_views').columns(['bucket_start']).execute();

    await withId(db.schema.createTable('wire_receipts'), d)
      .addColumn('provider', 'text', (c) => c.notNull())
      .addColumn('guid', 'text', (c) => c.notNull())
      .addColumn('version', 'integer')
      .addColumn('etag', 'text')
      .addColumn('received_at', big, (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('article_id', 'integer')
      .addColumn('item', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('wire_receipts_identity').on('wire_receipts').columns(['provider', 'guid']).execute();
  },
};
