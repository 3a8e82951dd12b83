import type { ArticleStatus } from '../../domain/article.ts';
import type { WireStatus } from '../../domain/wire-lifecycle.ts';
import { sql } from 'kysely';
import type { Executor, WireItemsTable } from '../database.ts';
import { toDateOrNull } from './time-columns.ts';

/** The newest applied version of one wire key. */
export interface WireItemState {
  readonly provider: string;
  readonly guid: string;
  readonly kind: 'story' | 'picture';
  readonly version: number | null;
  readonly etag: string | null;
  readonly versionCreated: Date | null;
  readonly pubStatus: WireStatus;
  readonly articleId: number | null;
  readonly mediaId: number | null;
  readonly ingestStatus: ArticleStatus | null;
}

/** Marks a row taken for a first delivery inside its own transaction; never visible once that commits. */
const CLAIMED = 'claimed';

/**
 * Takes the key for this transaction and returns what is stored, or null
 * for a first delivery. An upsert does both on either store: PostgreSQL
 * locks the row (a concurrent first delivery of the same key waits, then
 * sees this one), SQLite already runs one writer at a time.
 */
export async function claimWireItem(
  db: Executor,
  key: { provider: string; guid: string; kind: 'story' | 'picture' },
  now: Date,
): Promise<WireItemState | null> {
  // Written out rather than built: the wire ingest runs this for every item, and building costs more than running it.
  const { rows } = await sql<WireItemsTable>`
    insert into "wire_items" ("provider", "guid", "kind", "pub_status", "received_at")
    values (${key.provider}, ${key.guid}, ${key.kind}, ${CLAIMED}, ${now.getTime()})
    on conflict ("provider", "guid") do update set "received_at" = "wire_items"."received_at"
    returning *`.execute(db);
  const r = rows[0];
  if (r === undefined) throw new Error(`the wire item ${key.provider}/${key.guid} was not claimed`);
  if (r.pub_status === CLAIMED) return null;
  return Object.freeze({
    provider: r.provider,
    guid: r.guid,
    kind: r.kind as 'story' | 'picture',
    version: r.version,
    etag: r.etag,
    versionCreated: toDateOrNull(r.version_created),
    pubStatus: r.pub_status as WireStatus,
    articleId: r.article_id,
    mediaId: r.media_id,
    ingestStatus: r.ingest_status as ArticleStatus | null,
  });
}

/** What is stored for a key, without taking it (for deciding whether to fetch before the transaction). */
export async function peekWireItem(db: Executor, provider: string, guid: string): Promise<{ version: number | null; etag: string | null; versionCreated: Date | null; pubStatus: WireStatus; mediaId: number | null } | null> {
  const r = await db
    .selectFrom('wire_items')
    .select(['version', 'etag', 'version_created', 'pub_status', 'media_id'])
    .where('provider', '=', provider)
    .where('guid', '=', guid)
    .where('pub_status', '<>', CLAIMED)
    .executeTakeFirst();
  return r
    ? { version: r.version, etag: r.etag, versionCreated: toDateOrNull(r.version_created), pubStatus: r.pub_status as WireStatus, mediaId: r.media_id }
    : null;
}

export async function saveWireItem(
  db: Executor,
  s: {
    provider: string; guid: string; kind: 'story' | 'picture'; version: number | null; etag: string | null; versionCreated: Date | null;
    pubStatus: WireStatus; articleId: number | null; mediaId: number | null; ingestStatus: ArticleStatus | null; receivedAt: Date;
  },
): Promise<void> {
  // Written out rather than built, as `claimWireItem`: once per item.
  await sql`
    update "wire_items" set "kind" = ${s.kind}, "version" = ${s.version}, "etag" = ${s.etag},
      "version_created" = ${s.versionCreated?.getTime() ?? null}, "pub_status" = ${s.pubStatus}, "article_id" = ${s.articleId},
      "media_id" = ${s.mediaId}, "ingest_status" = ${s.ingestStatus}, "received_at" = ${s.receivedAt.getTime()}
    where "provider" = ${s.provider} and "guid" = ${s.guid}`.execute(db);
}

/** Statuses of picture keys, to leave out pictures that were killed or withheld. */
export async function pictureStatuses(db: Executor, provider: string, guids: readonly string[]): Promise<Map<string, WireStatus>> {
  if (guids.length === 0) return new Map();
  const rows = await db
    .selectFrom('wire_items')
    .select(['guid', 'pub_status'])
    .where('provider', '=', provider)
    .where('guid', 'in', [...new Set(guids)])
    .where('pub_status', '<>', CLAIMED)
    .execute();
  return new Map(rows.map((r) => [r.guid, r.pub_status as WireStatus]));
}

/** The story stored under a wire identity, whether or not wire state was kept for it. */
export async function findWireStoryId(db: Executor, provider: string, guid: string): Promise<number | null> {
  // Written out rather than built, as `claimWireItem`: once per story item.
  const { rows } = await sql<{ id: number }>`select "id" from "articles" where "wire_provider" = ${provider} and "wire_guid" = ${guid}`.execute(db);
  return rows[0]?.id ?? null;
}
