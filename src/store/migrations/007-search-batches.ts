import { type Kysely, sql } from 'kysely';
import type { StoreDialect } from '../store-dialect.ts';
import type { Migration } from './migration.ts';

const COLUMNS = 'headline, dek, byline, tags, body_text';
const NEW_VALUES = 'new.article_id, new.headline, new.dek, new.byline, new.tags, new.body_text';
const OLD_VALUES = 'old.article_id, old.headline, old.dek, old.byline, old.tags, old.body_text';
const BYLINE = (id: string) => `(
  select trim(coalesce(a.byline, '') || ' ' || coalesce((
    select group_concat(au.name, ' ') from article_authors x join authors au on au.id = x.author_id where x.article_id = a.id
  ), '')) from articles a where a.id = ${id}
)`;
const TAGS = (id: string) => `(
  select coalesce(group_concat(t.name, ' '), '') from article_tags x join tags t on t.id = x.tag_id where x.article_id = ${id}
)`;

/**
 * SQLite only; PostgreSQL already indexes each new story once, at commit.
 *
 * FTS5 writes its pending terms out as a new index segment at every
 * statement savepoint, so a story inserted in a long transaction costs a
 * segment of its own. A batch of new stories (the wire ingest) can now ask
 * for their documents to wait, marked `indexed = 0`, and index them all in
 * one statement before it commits (`search-index-batch.ts`). Documents
 * never indexed are skipped by the triggers that tell FTS5 to forget old
 * text, which it must only be told for text it holds.
 *
 * Body text now comes from `dateline_body_text()`, the application's own
 * HTML-to-text function registered on every connection the store opens,
 * instead of a recursive SQL string walk that cost more than the insert.
 * Documents already written keep their text, as the index holds it.
 */
export const searchBatches: Migration = {
  name: '007-search-batches',
  async up(db: Kysely<unknown>, dialect: StoreDialect) {
    if (dialect.name !== 'sqlite') return;
    const statements = [
      'alter table search_documents add column indexed integer not null default 1',
      'create index search_documents_unindexed on search_documents (article_id) where indexed = 0',
      // One row: 1 while a batch holds new documents back. Written only inside that batch's transaction.
      'create table search_index_state (id integer primary key check (id = 1), deferred integer not null)',
      'insert into search_index_state (id, deferred) values (1, 0)',
      'drop trigger search_documents_ai',
      'drop trigger search_documents_ad',
      'drop trigger search_documents_au',
      'drop trigger articles_search_ai',
      'drop trigger articles_search_au',
      `create trigger search_documents_ai after insert on search_documents when new.indexed = 1 begin
         insert into search_index(rowid, ${COLUMNS}) values (${NEW_VALUES});
       end`,
      `create trigger search_documents_ad after delete on search_documents when old.indexed = 1 begin
         insert into search_index(search_index, rowid, ${COLUMNS}) values ('delete', ${OLD_VALUES});
       end`,
      `create trigger search_documents_au after update on search_documents when old.indexed = 1 begin
         insert into search_index(search_index, rowid, ${COLUMNS}) values ('delete', ${OLD_VALUES});
         insert into search_index(rowid, ${COLUMNS}) values (${NEW_VALUES});
       end`,
      `create trigger search_documents_indexed after update of indexed on search_documents when old.indexed = 0 and new.indexed = 1 begin
         insert into search_index(rowid, ${COLUMNS}) values (${NEW_VALUES});
       end`,
      `create trigger articles_search_ai after insert on articles begin
         insert into search_documents(article_id, ${COLUMNS}, indexed)
         values (new.id, new.headline, coalesce(new.dek, ''), ${BYLINE('new.id')}, ${TAGS('new.id')}, dateline_body_text(new.body_html),
                 (select 1 - deferred from search_index_state));
       end`,
      // Status changes touch none of these columns, so publishing and killing never re-index.
      `create trigger articles_search_au after update of headline, dek, byline, body_html on articles
       when old.headline is not new.headline or old.dek is not new.dek or old.byline is not new.byline or old.body_html is not new.body_html
       begin
         update search_documents set
           headline = new.headline,
           dek = coalesce(new.dek, ''),
           byline = ${BYLINE('new.id')},
           body_text = case when old.body_html is new.body_html then body_text else dateline_body_text(new.body_html) end
         where article_id = new.id;
       end`,
    ];
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};
