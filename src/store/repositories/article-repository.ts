import { type ExpressionBuilder, sql } from 'kysely';
import type { Article, ArticleOrigin, ArticleStatus, ArticleSummary } from '../../domain/article.ts';
import type { ArticleRow, ArticleRowUpdate, Database, Executor, NewArticleRow } from '../database.ts';
import { toDate, toDateOrNull } from './time-columns.ts';

export function rowToArticle(row: ArticleRow, tagIds: readonly number[], authorIds: readonly number[]): Article {
  const origin: ArticleOrigin =
    row.origin === 'wire' && row.wire_provider && row.wire_guid
      ? { kind: 'wire', provider: row.wire_provider, guid: row.wire_guid, version: row.wire_version ?? 0, etag: row.wire_etag }
      : { kind: 'local' };
  return Object.freeze({
    id: row.id,
    slug: row.slug,
    sectionId: row.section_id,
    headline: row.headline,
    dek: row.dek,
    byline: row.byline,
    authorIds: Object.freeze([...authorIds]),
    tagIds: Object.freeze([...tagIds]),
    dateline: row.dateline_place ? Object.freeze({ place: row.dateline_place, source: row.dateline_source }) : null,
    bodyHtml: row.body_html,
    leadMediaId: row.lead_media_id,
    seriesId: row.series_id,
    status: row.status as ArticleStatus,
    language: row.language,
    publishedAt: toDateOrNull(row.published_at),
    updatedAt: toDateOrNull(row.updated_at),
    editedAt: toDate(row.edited_at),
    createdAt: toDate(row.created_at),
    embargoUntil: toDateOrNull(row.embargo_until),
    expiresAt: toDateOrNull(row.expires_at),
    updateNote: row.update_note,
    correctionNote: row.correction_note,
    origin: Object.freeze(origin),
    rights: Object.freeze({
      copyrightNotice: row.copyright_notice,
      copyrightHolder: row.copyright_holder,
      usageTerms: row.usage_terms,
    }),
    revision: row.revision,
  });
}

/** The SQL twin of `isPublic` in domain/visibility.ts. */
export function publicArticleFilter(nowMs: number) {
  return (eb: ExpressionBuilder<Database, 'articles'>) =>
    eb.and([
      eb('articles.status', '=', 'published'),
      eb('articles.published_at', '<=', nowMs),
      eb.or([eb('articles.embargo_until', 'is', null), eb('articles.embargo_until', '<=', nowMs)]),
      eb.or([eb('articles.expires_at', 'is', null), eb('articles.expires_at', '>', nowMs)]),
    ]);
}

/** Beyond this many stories the ids are sent once per table, not twice in one statement (bound-parameter limits). */
const ONE_TRIP_MAX = 500;

async function loadLinks(db: Executor, ids: readonly number[]) {
  const tags = new Map<number, number[]>();
  const authors = new Map<number, number[]>();
  if (ids.length === 0) return { tags, authors };
  const tagRows = db.selectFrom('article_tags').select(['article_id', 'tag_id as link_id', sql<string>`'t'`.as('kind'), 'position']).where('article_id', 'in', ids);
  const authorRows = db.selectFrom('article_authors').select(['article_id', 'author_id as link_id', sql<string>`'a'`.as('kind'), 'position']).where('article_id', 'in', ids);
  // Tags and authors in one round trip where the ids allow it: every story page reads both.
  const rows =
    ids.length <= ONE_TRIP_MAX
      ? await tagRows.unionAll(authorRows).orderBy('position').execute()
      : (await Promise.all([tagRows.orderBy('position').execute(), authorRows.orderBy('position').execute()])).flat();
  for (const r of rows) {
    const into = r.kind === 't' ? tags : authors;
    (into.get(r.article_id) ?? into.set(r.article_id, []).get(r.article_id)!).push(r.link_id);
  }
  return { tags, authors };
}

export async function rowsToArticles(db: Executor, rows: readonly ArticleRow[]): Promise<Article[]> {
  const { tags, authors } = await loadLinks(db, rows.map((r) => r.id));
  return rows.map((r) => rowToArticle(r, tags.get(r.id) ?? [], authors.get(r.id) ?? []));
}

export async function findArticleById(db: Executor, id: number): Promise<Article | null> {
  const row = await db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? (await rowsToArticles(db, [row]))[0] : null;
}

export async function findArticlesByIds(db: Executor, ids: readonly number[]): Promise<Article[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('articles').selectAll().where('id', 'in', ids).execute();
  const byId = new Map((await rowsToArticles(db, rows)).map((a) => [a.id, a]));
  return ids.map((id) => byId.get(id)).filter((a): a is Article => a !== undefined);
}

export async function findArticleByWireGuid(db: Executor, provider: string, guid: string): Promise<Article | null> {
  const row = await db
    .selectFrom('articles')
    .selectAll()
    .where('wire_provider', '=', provider)
    .where('wire_guid', '=', guid)
    .executeTakeFirst();
  return row ? (await rowsToArticles(db, [row]))[0] : null;
}

/** Any provider: the content API looks wire stories up by guid alone. */
export async function findArticlesByGuid(db: Executor, guid: string): Promise<Article[]> {
  const rows = await db.selectFrom('articles').selectAll().where('wire_guid', '=', guid).execute();
  return rowsToArticles(db, rows);
}

export async function findArticleBySlug(db: Executor, sectionId: number, slug: string): Promise<Article | null> {
  const row = await db
    .selectFrom('articles')
    .selectAll()
    .where('section_id', '=', sectionId)
    .where('slug', '=', slug)
    .executeTakeFirst();
  return row ? (await rowsToArticles(db, [row]))[0] : null;
}

export async function slugTaken(db: Executor, sectionId: number, slug: string, exceptId?: number): Promise<boolean> {
  let q = db.selectFrom('articles').select('id').where('section_id', '=', sectionId).where('slug', '=', slug);
  if (exceptId !== undefined) q = q.where('id', '<>', exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

export async function insertArticleRow(db: Executor, row: NewArticleRow): Promise<number> {
  const r = await db.insertInto('articles').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function updateArticleRow(db: Executor, id: number, changes: ArticleRowUpdate): Promise<void> {
  await db.updateTable('articles').set(changes).where('id', '=', id).execute();
}

export async function setArticleTags(db: Executor, articleId: number, tagIds: readonly number[]): Promise<void> {
  await db.deleteFrom('article_tags').where('article_id', '=', articleId).execute();
  const unique = [...new Set(tagIds)];
  if (unique.length > 0) {
    await db.insertInto('article_tags').values(unique.map((tag_id, position) => ({ article_id: articleId, tag_id, position }))).execute();
  }
}

export async function setArticleAuthors(db: Executor, articleId: number, authorIds: readonly number[]): Promise<void> {
  await db.deleteFrom('article_authors').where('article_id', '=', articleId).execute();
  const unique = [...new Set(authorIds)];
  if (unique.length > 0) {
    await db
      .insertInto('article_authors')
      .values(unique.map((author_id, position) => ({ article_id: articleId, author_id, position })))
      .execute();
  }
}

export interface PublicArticleFilter {
  readonly sectionIds?: readonly number[];
  readonly tagId?: number;
  readonly authorId?: number;
  readonly seriesId?: number;
  readonly excludeIds?: readonly number[];
  /** Only stories first published at or after this time. */
  readonly since?: Date;
  /** Keyset cursor: stories strictly older than this (published_at, id) pair. */
  readonly before?: { readonly publishedAt: number; readonly id: number };
}

function filtered(db: Executor, nowMs: number, f: PublicArticleFilter) {
  let q = db.selectFrom('articles').where(publicArticleFilter(nowMs));
  if (f.sectionIds) q = q.where('articles.section_id', 'in', f.sectionIds.length > 0 ? [...f.sectionIds] : [-1]);
  if (f.tagId !== undefined) {
    const tagId = f.tagId;
    q = q.where((eb) => eb.exists(eb.selectFrom('article_tags').select('article_tags.article_id').whereRef('article_tags.article_id', '=', 'articles.id').where('article_tags.tag_id', '=', tagId)));
  }
  if (f.authorId !== undefined) {
    const authorId = f.authorId;
    q = q.where((eb) => eb.exists(eb.selectFrom('article_authors').select('article_authors.article_id').whereRef('article_authors.article_id', '=', 'articles.id').where('article_authors.author_id', '=', authorId)));
  }
  if (f.seriesId !== undefined) q = q.where('articles.series_id', '=', f.seriesId);
  if (f.excludeIds && f.excludeIds.length > 0) q = q.where('articles.id', 'not in', [...f.excludeIds]);
  if (f.since) q = q.where('articles.published_at', '>=', f.since.getTime());
  if (f.before) {
    const { publishedAt, id } = f.before;
    q = q.where((eb) =>
      eb.or([eb('articles.published_at', '<', publishedAt), eb.and([eb('articles.published_at', '=', publishedAt), eb('articles.id', '<', id)])]),
    );
  }
  return q;
}

/** Public stories newest first. */
export async function listPublicArticles(
  db: Executor,
  now: Date,
  filter: PublicArticleFilter,
  page: { readonly limit: number; readonly offset?: number },
): Promise<Article[]> {
  const rows = await filtered(db, now.getTime(), filter)
    .selectAll('articles')
    .orderBy('articles.published_at', 'desc')
    .orderBy('articles.id', 'desc')
    .limit(page.limit)
    .offset(page.offset ?? 0)
    .execute();
  return rowsToArticles(db, rows);
}

const SUMMARY_COLUMNS = [
  'articles.id', 'articles.slug', 'articles.section_id', 'articles.headline', 'articles.dek', 'articles.lead_media_id', 'articles.status',
  'articles.published_at', 'articles.updated_at', 'articles.created_at', 'articles.embargo_until', 'articles.expires_at',
] as const;

type SummaryRow = Pick<ArticleRow, 'id' | 'slug' | 'section_id' | 'headline' | 'dek' | 'lead_media_id' | 'status' | 'published_at' | 'updated_at' | 'created_at' | 'embargo_until' | 'expires_at'>;

const toSummary = (r: SummaryRow): ArticleSummary =>
  Object.freeze({
    id: r.id, slug: r.slug, sectionId: r.section_id, headline: r.headline, dek: r.dek, leadMediaId: r.lead_media_id,
    status: r.status as ArticleStatus, publishedAt: toDateOrNull(r.published_at), updatedAt: toDateOrNull(r.updated_at),
    createdAt: toDate(r.created_at), embargoUntil: toDateOrNull(r.embargo_until), expiresAt: toDateOrNull(r.expires_at),
  });

/** Public stories newest first, without bodies or links: for cards, rails and lists. */
export async function listPublicSummaries(
  db: Executor,
  now: Date,
  filter: PublicArticleFilter,
  page: { readonly limit: number; readonly offset?: number },
): Promise<ArticleSummary[]> {
  const rows = await filtered(db, now.getTime(), filter)
    .select(SUMMARY_COLUMNS)
    .orderBy('articles.published_at', 'desc')
    .orderBy('articles.id', 'desc')
    .limit(page.limit)
    .offset(page.offset ?? 0)
    .execute();
  return rows.map(toSummary);
}

/** Summaries of these stories, in the order given (missing ids left out). */
export async function findSummariesByIds(db: Executor, ids: readonly number[]): Promise<ArticleSummary[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('articles').select(SUMMARY_COLUMNS).where('articles.id', 'in', [...ids]).execute();
  const byId = new Map(rows.map((r) => [r.id, toSummary(r)]));
  return ids.map((id) => byId.get(id)).filter((a): a is ArticleSummary => a !== undefined);
}

export async function countPublicArticles(db: Executor, now: Date, filter: PublicArticleFilter): Promise<number> {
  const r = await filtered(db, now.getTime(), filter).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

/**
 * Stories whose visibility changes by itself between `from` and `to`
 * (scheduled publication, embargo lift, expiry): the scheduler purges them.
 */
export async function listVisibilityChanges(db: Executor, from: Date, to: Date): Promise<Article[]> {
  const f = from.getTime();
  const t = to.getTime();
  // Three indexed range reads rather than one OR, which no index serves.
  const crossed = (column: 'published_at' | 'embargo_until' | 'expires_at') =>
    db.selectFrom('articles').select('id').where('status', '=', 'published').where(column, '>', f).where(column, '<=', t).execute();
  const ids = new Set((await Promise.all([crossed('published_at'), crossed('embargo_until'), crossed('expires_at')])).flat().map((r) => r.id));
  return findArticlesByIds(db, [...ids]);
}

export async function countArticles(db: Executor): Promise<number> {
  const r = await db.selectFrom('articles').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}
