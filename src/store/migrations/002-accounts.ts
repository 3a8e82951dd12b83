import type { CreateTableBuilder, Kysely } from 'kysely';
import type { StoreDialect } from '../store-dialect.ts';
import type { Migration } from './migration.ts';

function withId<T extends string>(t: CreateTableBuilder<T, never>, d: StoreDialect) {
  return t.addColumn('id', d.serialType, (c) => (d.serialNeedsAutoIncrement ? c.primaryKey().autoIncrement() : c.primaryKey()));
}

/** The newsroom's people and the machinery around them: accounts, sign-in, tokens, audit, webhooks. */
export const accounts: Migration = {
  name: '002-accounts',
  async up(db: Kysely<unknown>, d: StoreDialect) {
    const big = d.bigintType;

    await withId(db.schema.createTable('users'), d)
      .addColumn('email', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('author_id', 'integer', (c) => c.references('authors.id').onDelete('set null'))
      .addColumn('disabled_at', big)
      .addColumn('created_at', big, (c) => c.notNull())
      .addColumn('password_changed_at', big, (c) => c.notNull())
      .addColumn('last_login_at', big)
      .execute();

    // Session ids and tokens are kept only as SHA-256 digests: a copy of the database opens no doors.
    await db.schema.createTable('sessions')
      .addColumn('id_hash', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('csrf_token', 'text', (c) => c.notNull())
      .addColumn('created_at', big, (c) => c.notNull())
      .addColumn('last_seen_at', big, (c) => c.notNull())
      .addColumn('expires_at', big, (c) => c.notNull())
      .addColumn('user_agent', 'text')
      .execute();
    await db.schema.createIndex('sessions_user').on('sessions').columns(['user_id']).execute();

    await withId(db.schema.createTable('api_tokens'), d)
      .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('hint', 'text', (c) => c.notNull())
      .addColumn('scopes', 'text', (c) => c.notNull())
      .addColumn('created_at', big, (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('expires_at', big)
      .addColumn('last_used_at', big)
      .addColumn('revoked_at', big)
      .execute();
    await db.schema.createIndex('api_tokens_user').on('api_tokens').columns(['user_id']).execute();

    await db.schema.createTable('login_attempts')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('failures', 'integer', (c) => c.notNull())
      .addColumn('window_started_at', big, (c) => c.notNull())
      .addColumn('locked_until', big)
      .execute();

    // No foreign keys: the log outlives what it describes.
    await withId(db.schema.createTable('audit_log'), d)
      .addColumn('at', big, (c) => c.notNull())
      .addColumn('actor_user_id', 'integer')
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('via', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('target_type', 'text')
      .addColumn('target_id', 'text')
      .addColumn('details', 'text')
      .addColumn('ip', 'text')
      .execute();
    await db.schema.createIndex('audit_log_at').on('audit_log').columns(['at', 'id']).execute();
    await db.schema.createIndex('audit_log_target').on('audit_log').columns(['target_type', 'target_id']).execute();
    await db.schema.createIndex('audit_log_actor').on('audit_log').columns(['actor_user_id', 'at']).execute();

    await db.schema.createTable('article_owners')
      .addColumn('article_id', 'integer', (c) => c.primaryKey().references('articles.id').onDelete('cascade'))
      .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
      .execute();
    await db.schema.createIndex('article_owners_user').on('article_owners').columns(['user_id']).execute();

    await withId(db.schema.createTable('webhooks'), d)
      .addColumn('url', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('secret', 'text', (c) => c.notNull())
      .addColumn('events', 'text', (c) => c.notNull())
      .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', big, (c) => c.notNull())
      .addColumn('updated_at', big, (c) => c.notNull())
      .execute();

    await withId(db.schema.createTable('webhook_deliveries'), d)
      .addColumn('webhook_id', 'integer', (c) => c.notNull().references('webhooks.id').onDelete('cascade'))
      .addColumn('event', 'text', (c) => c.notNull())
      .addColumn('payload', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('next_attempt_at', big)
      .addColumn('lease_until', big)
      .addColumn('last_attempt_at', big)
      .addColumn('response_status', 'integer')
      .addColumn('last_error', 'text')
      .addColumn('created_at', big, (c) => c.notNull())
      .addColumn('delivered_at', big)
      .execute();
    await db.schema.createIndex('webhook_deliveries_due').on('webhook_deliveries').columns(['status', 'next_attempt_at']).execute();
    await db.schema.createIndex('webhook_deliveries_hook').on('webhook_deliveries').columns(['webhook_id', 'id']).execute();
  },
};
