import type { Kysely } from 'kysely';
import type { StoreDialect } from '../store-dialect.ts';
import type { Migration } from './migration.ts';

/**
 * What each migration from another system became here, so running the same
 * import again finds its earlier work instead of duplicating it.
 */
export const importLedger: Migration = {
  name: '004-import-ledger',
  async up(db: Kysely<unknown>, d: StoreDialect) {
    await db.schema.createTable('import_ledger')
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('source_key', 'text', (c) => c.notNull())
      .addColumn('source_guid', 'text')
      .addColumn('target_kind', 'text', (c) => c.notNull())
      .addColumn('target_id', 'integer', (c) => c.notNull())
      .addColumn('imported_at', d.bigintType, (c) => c.notNull())
      .addPrimaryKeyConstraint('import_ledger_pk', ['source', 'source_key'])
      .execute();
    await db.schema.createIndex('import_ledger_target').on('import_ledger').columns(['target_kind', 'target_id']).execute();
  },
};
