import type { Kysely } from 'kysely';
import type { StoreDialect } from '../store-dialect.ts';
import type { Migration } from './migration.ts';

/**
 * Wire ingest state. `wire_sources` configures each agency feed (policy,
 * sections, datelines, polling, push token). `wire_items` holds the newest
 * applied version of every provider key, story or picture, so version order
 * and kills are decided without reading receipts. `article_wire_pictures`
 * records which wire pictures each story shows, so a picture kill finds every
 * use. `wire_documents` lists the items of each document that was ingested
 * cleanly, so a repeated delivery is answered without parsing it again.
 */
export const wireSources: Migration = {
  name: '005-wire-sources',
  async up(db: Kysely<unknown>, d: StoreDialect) {
    const big = d.bigintType;
    await db.schema.createTable('wire_sources')
      .addColumn('id', d.serialType, (c) => (d.serialNeedsAutoIncrement ? c.primaryKey().autoIncrement() : c.primaryKey()))
      .addColumn('name', 'text', (c) => c.notNull().unique())
      .addColumn('provider', 'text')
      .addColumn('display_source', 'text')
      .addColumn('policy', 'text', (c) => c.notNull().defaultTo('publish'))
      .addColumn('default_section', 'text')
      .addColumn('subject_rules', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('remote_images', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('poll_url', 'text')
      .addColumn('poll_interval_seconds', 'integer')
      .addColumn('poll_cursor', 'text')
      .addColumn('poll_etag', 'text')
      .addColumn('poll_last_modified', 'text')
      .addColumn('poll_checked_at', big)
      .addColumn('poll_error', 'text')
      .addColumn('push_token_id', 'integer', (c) => c.references('api_tokens.id').onDelete('set null'))
      .addColumn('created_at', big, (c) => c.notNull())
      .addColumn('updated_at', big, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('wire_sources_provider').on('wire_sources').column('provider').execute();
    await db.schema.createIndex('wire_sources_push_token').on('wire_sources').column('push_token_id').execute();

    await db.schema.createTable('wire_items')
      .addColumn('provider', 'text', (c) => c.notNull())
      .addColumn('guid', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('version', 'integer')
      .addColumn('etag', 'text')
      .addColumn('version_created', big)
      .addColumn('pub_status', 'text', (c) => c.notNull())
      .addColumn('article_id', 'integer', (c) => c.references('articles.id').onDelete('set null'))
      .addColumn('media_id', 'integer', (c) => c.references('media_assets.id').onDelete('set null'))
      .addColumn('ingest_status', 'text')
      .addColumn('received_at', big, (c) => c.notNull())
      .addPrimaryKeyConstraint('wire_items_pk', ['provider', 'guid'])
      .execute();

    await db.schema.createTable('article_wire_pictures')
      .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
      .addColumn('provider', 'text', (c) => c.notNull())
      .addColumn('guid', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('media_id', 'integer', (c) => c.references('media_assets.id').onDelete('set null'))
      .addColumn('remote_href', 'text')
      .addPrimaryKeyConstraint('article_wire_pictures_pk', ['article_id', 'provider', 'guid'])
      .execute();
    await db.schema.createIndex('article_wire_pictures_picture').on('article_wire_pictures').columns(['provider', 'guid']).execute();

    await db.schema.createTable('wire_documents')
      .addColumn('hash', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('provider', 'text', (c) => c.notNull())
      .addColumn('guid', 'text', (c) => c.notNull())
      .addColumn('version', 'integer')
      .addColumn('received_at', big, (c) => c.notNull())
      .addPrimaryKeyConstraint('wire_documents_pk', ['hash', 'position'])
      .execute();

    await db.schema.alterTable('wire_receipts').addColumn('source', 'text').execute();
    await db.schema.alterTable('wire_receipts').addColumn('problems', 'text').execute();
    await db.schema.alterTable('wire_receipts').addColumn('document_hash', 'text').execute();
  },
};
