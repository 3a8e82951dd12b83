import { type Kysely, sql } from 'kysely';
import type { StoreDialect } from '../store-dialect.ts';
import type { Migration } from './migration.ts';

/**
 * Full-text search. `search_documents` holds each story's searchable text
 * (plain text, markup stripped, author names and tag names folded in) and
 * is kept current by triggers on every table it draws from, so no write path
 * can forget to index. Each store then indexes that table its own way:
 * FTS5 over it as external content on SQLite, a generated weighted tsvector
 * with a GIN index on PostgreSQL.
 */
interface SearchSchema {
  create(db: Kysely<unknown>): Promise<void>;
}

/** Text-search configuration: both stores stem English, the newsroom's language. */
const PG_CONFIG = 'english';

const sqliteSearch: SearchSchema = {
  async create(db) {
    // Plain text from sanitized body HTML: the sanitizer escapes every `<` in text, so each `<` opens a tag.
    const text = (html: string) => `(
      with recursive strip(done, rest) as (
        select '', coalesce(${html}, '')
        union all
        select done || case when instr(rest, '<') = 0 then rest else substr(rest, 1, instr(rest, '<') - 1) || ' ' end,
               case
                 when instr(rest, '<') = 0 then null
                 when instr(substr(rest, instr(rest, '<')), '>') = 0 then null
                 else substr(rest, instr(rest, '<') + instr(substr(rest, instr(rest, '<')), '>'))
               end
        from strip where rest is not null
      )
      select replace(replace(replace(replace(replace(done, '&lt;', '<'), '&gt;', '>'), '&quot;', '"'), '&#39;', ''''), '&amp;', '&')
      from strip where rest is null
    )`;
    const tags = (id: string) => `(
      select coalesce(group_concat(t.name, ' '), '') from article_tags x join tags t on t.id = x.tag_id where x.article_id = ${id}
    )`;
    const byline = (id: string) => `(
      select trim(coalesce(a.byline, '') || ' ' || coalesce((
        select group_concat(au.name, ' ') from article_authors x join authors au on au.id = x.author_id where x.article_id = a.id
      ), '')) from articles a where a.id = ${id}
    )`;
    const columns = 'headline, dek, byline, tags, body_text';
    const statements = [
      `create virtual table search_index using fts5(
         ${columns},
         content='search_documents', content_rowid='article_id',
         tokenize='porter unicode61 remove_diacritics 2'
       )`,
      // The standard external-content triggers: FTS5 must be told the old text to remove it.
      `create trigger search_documents_ai after insert on search_documents begin
         insert into search_index(rowid, ${columns}) values (new.article_id, new.headline, new.dek, new.byline, new.tags, new.body_text);
       end`,
      `create trigger search_documents_ad after delete on search_documents begin
         insert into search_index(search_index, rowid, ${columns}) values ('delete', old.article_id, old.headline, old.dek, old.byline, old.tags, old.body_text);
       end`,
      `create trigger search_documents_au after update on search_documents begin
         insert into search_index(search_index, rowid, ${columns}) values ('delete', old.article_id, old.headline, old.dek, old.byline, old.tags, old.body_text);
         insert into search_index(rowid, ${columns}) values (new.article_id, new.headline, new.dek, new.byline, new.tags, new.body_text);
       end`,
      `create trigger articles_search_ai after insert on articles begin
         insert into search_documents(article_id, ${columns})
         values (new.id, new.headline, coalesce(new.dek, ''), ${byline('new.id')}, ${tags('new.id')}, ${text('new.body_html')});
       end`,
      // Status changes touch none of these columns, so publishing and killing never re-index.
      `create trigger articles_search_au after update of headline, dek, byline, body_html on articles
       when old.headline is not new.headline or old.dek is not new.dek or old.byline is not new.byline or old.body_html is not new.body_html
       begin
         update search_documents set
           headline = new.headline,
           dek = coalesce(new.dek, ''),
           byline = ${byline('new.id')},
           body_text = case when old.body_html is new.body_html then body_text else ${text('new.body_html')} end
         where article_id = new.id;
       end`,
      `create trigger articles_search_ad after delete on articles begin
         delete from search_documents where article_id = old.id;
       end`,
      `create trigger article_tags_search_ai after insert on article_tags begin
         update search_documents set tags = ${tags('new.article_id')} where article_id = new.article_id;
       end`,
      `create trigger article_tags_search_ad after delete on article_tags begin
         update search_documents set tags = ${tags('old.article_id')} where article_id = old.article_id;
       end`,
      `create trigger article_tags_search_au after update on article_tags begin
         update search_documents set tags = ${tags('search_documents.article_id')} where article_id in (old.article_id, new.article_id);
       end`,
      `create trigger tags_search_au after update of name on tags when old.name is not new.name begin
         update search_documents set tags = ${tags('search_documents.article_id')}
         where article_id in (select article_id from article_tags where tag_id = new.id);
       end`,
      `create trigger article_authors_search_ai after insert on article_authors begin
         update search_documents set byline = ${byline('new.article_id')} where article_id = new.article_id;
       end`,
      `create trigger article_authors_search_ad after delete on article_authors begin
         update search_documents set byline = ${byline('old.article_id')} where article_id = old.article_id;
       end`,
      `create trigger article_authors_search_au after update on article_authors begin
         update search_documents set byline = ${byline('search_documents.article_id')} where article_id in (old.article_id, new.article_id);
       end`,
      `create trigger authors_search_au after update of name on authors when old.name is not new.name begin
         update search_documents set byline = ${byline('search_documents.article_id')}
         where article_id in (select article_id from article_authors where author_id = new.id);
       end`,
    ];
    for (const statement of statements) await sql.raw(statement).execute(db);
    // Stories saved before this step; the triggers keep every document current from here on.
    await sql.raw(`insert into search_documents(article_id, ${columns})
      select a.id, a.headline, coalesce(a.dek, ''), ${byline('a.id')}, ${tags('a.id')}, ${text('a.body_html')} from articles a`).execute(db);
  },
};

const postgresSearch: SearchSchema = {
  async create(db) {
    const statements = [
      `create function dateline_search_text(html text) returns text language sql immutable as $$
         select replace(replace(replace(replace(replace(
           regexp_replace(coalesce(html, ''), '<[^>]*>', ' ', 'g'),
           '&lt;', '<'), '&gt;', '>'), '&quot;', '"'), '&#39;', ''''), '&amp;', '&')
       $$`,
      `create function dateline_search_tags(integer) returns text language sql stable as $$
         select coalesce(string_agg(t.name, ' ' order by x.position), '') from article_tags x join tags t on t.id = x.tag_id where x.article_id = $1
       $$`,
      `create function dateline_search_byline(integer) returns text language sql stable as $$
         select trim(coalesce(a.byline, '') || ' ' || coalesce((
           select string_agg(au.name, ' ' order by x.position) from article_authors x join authors au on au.id = x.author_id where x.article_id = a.id
         ), '')) from articles a where a.id = $1
       $$`,
      // A new story's document is written at commit, once its tags and authors are linked: one
      // indexing per story instead of one per link. Until then the link triggers below find no document.
      `create function dateline_search_article_added() returns trigger language plpgsql as $$
       begin
         insert into search_documents(article_id, headline, dek, byline, tags, body_text)
         select a.id, a.headline, coalesce(a.dek, ''), dateline_search_byline(a.id), dateline_search_tags(a.id), dateline_search_text(a.body_html)
         from articles a where a.id = new.id
         on conflict (article_id) do update set
           headline = excluded.headline, dek = excluded.dek, byline = excluded.byline, tags = excluded.tags, body_text = excluded.body_text;
         return null;
       end
       $$`,
      `create constraint trigger articles_search_insert after insert on articles
       deferrable initially deferred for each row execute function dateline_search_article_added()`,
      // Statement-level triggers with transition tables: a save that links five tags refreshes the document once, not five times.
      // Status changes leave these columns alone, so publishing and killing never re-index.
      `create function dateline_search_articles_updated() returns trigger language plpgsql as $$
       begin
         update search_documents d set
           headline = n.headline,
           dek = coalesce(n.dek, ''),
           byline = dateline_search_byline(n.id),
           body_text = case when o.body_html is not distinct from n.body_html then d.body_text else dateline_search_text(n.body_html) end
         from updated_articles n join previous_articles o on o.id = n.id
         where d.article_id = n.id
           and (o.headline is distinct from n.headline or o.dek is distinct from n.dek
                or o.byline is distinct from n.byline or o.body_html is distinct from n.body_html);
         return null;
       end
       $$`,
      `create trigger articles_search_update after update on articles
       referencing old table as previous_articles new table as updated_articles
       for each statement execute function dateline_search_articles_updated()`,
      `create function dateline_search_links_added_or_removed() returns trigger language plpgsql as $$
       begin
         if tg_table_name = 'article_tags' then
           update search_documents d set tags = dateline_search_tags(d.article_id) where d.article_id in (select article_id from changed_links);
         else
           update search_documents d set byline = dateline_search_byline(d.article_id) where d.article_id in (select article_id from changed_links);
         end if;
         return null;
       end
       $$`,
      `create function dateline_search_links_updated() returns trigger language plpgsql as $$
       begin
         if tg_table_name = 'article_tags' then
           update search_documents d set tags = dateline_search_tags(d.article_id)
           where d.article_id in (select article_id from previous_links union select article_id from updated_links);
         else
           update search_documents d set byline = dateline_search_byline(d.article_id)
           where d.article_id in (select article_id from previous_links union select article_id from updated_links);
         end if;
         return null;
       end
       $$`,
      ...['article_tags', 'article_authors'].flatMap((table) => [
        `create trigger ${table}_search_insert after insert on ${table}
         referencing new table as changed_links for each statement execute function dateline_search_links_added_or_removed()`,
        `create trigger ${table}_search_delete after delete on ${table}
         referencing old table as changed_links for each statement execute function dateline_search_links_added_or_removed()`,
        `create trigger ${table}_search_update after update on ${table}
         referencing old table as previous_links new table as updated_links for each statement execute function dateline_search_links_updated()`,
      ]),
      `create function dateline_search_tag_renamed() returns trigger language plpgsql as $$
       begin
         update search_documents set tags = dateline_search_tags(article_id)
         where article_id in (select article_id from article_tags where tag_id = new.id);
         return null;
       end
       $$`,
      `create trigger tags_search after update of name on tags
       for each row when (old.name is distinct from new.name) execute function dateline_search_tag_renamed()`,
      `create function dateline_search_author_renamed() returns trigger language plpgsql as $$
       begin
         update search_documents set byline = dateline_search_byline(article_id)
         where article_id in (select article_id from article_authors where author_id = new.id);
         return null;
       end
       $$`,
      `create trigger authors_search after update of name on authors
       for each row when (old.name is distinct from new.name) execute function dateline_search_author_renamed()`,
      // Headline weighs most, then dek and tags, then byline, then body (ts_rank's A-D).
      `alter table search_documents add column document tsvector generated always as (
         setweight(to_tsvector('${PG_CONFIG}', headline), 'A') ||
         setweight(to_tsvector('${PG_CONFIG}', dek), 'B') ||
         setweight(to_tsvector('${PG_CONFIG}', tags), 'B') ||
         setweight(to_tsvector('${PG_CONFIG}', byline), 'C') ||
         setweight(to_tsvector('${PG_CONFIG}', body_text), 'D')
       ) stored`,
      'create index search_documents_document on search_documents using gin (document)',
      // Stories saved before this step; the triggers keep every document current from here on.
      `insert into search_documents(article_id, headline, dek, byline, tags, body_text)
       select id, headline, coalesce(dek, ''), dateline_search_byline(id), dateline_search_tags(id), dateline_search_text(body_html) from articles`,
    ];
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};

const SEARCH_SCHEMAS: Readonly<Record<StoreDialect['name'], SearchSchema>> = { sqlite: sqliteSearch, postgres: postgresSearch };

export const search: Migration = {
  name: '003-search',
  async up(db: Kysely<unknown>, d: StoreDialect) {
    await db.schema.createTable('search_documents')
      .addColumn('article_id', 'integer', (c) => c.primaryKey().references('articles.id').onDelete('cascade'))
      .addColumn('headline', 'text', (c) => c.notNull())
      .addColumn('dek', 'text', (c) => c.notNull())
      .addColumn('byline', 'text', (c) => c.notNull())
      .addColumn('tags', 'text', (c) => c.notNull())
      .addColumn('body_text', 'text', (c) => c.notNull())
      .execute();
    // Search checks each match's visibility; this index answers that without reading the story rows.
    await db.schema.createIndex('articles_search_visibility').on('articles')
      .columns(['id', 'status', 'published_at', 'embargo_until', 'expires_at'])
      .execute();
    await SEARCH_SCHEMAS[d.name].create(db);
  },
};
