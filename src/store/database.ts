import type { Generated, Insertable, Kysely, Selectable, Transaction, Updateable } from 'kysely';

/**
 * Table shapes as both dialects store them. Times are epoch milliseconds
 * (bigint in PostgreSQL, integer in SQLite), booleans are 0/1, structured
 * values are JSON text: the same row reads the same on either store.
 */
export interface SettingsTable {
  key: string;
  value: string;
}

export interface SectionsTable {
  id: Generated<number>;
  slug: string;
  path: string;
  name: string;
  parent_id: number | null;
  description: string | null;
  position: number;
}

export interface TagsTable {
  id: Generated<number>;
  slug: string;
  name: string;
}

export interface AuthorsTable {
  id: Generated<number>;
  slug: string;
  name: string;
  title: string | null;
  bio: string | null;
}

export interface MediaAssetsTable {
  id: Generated<number>;
  storage_key: string;
  mime_type: string;
  width: number;
  height: number;
  bytes: number;
  alt: string;
  caption: string | null;
  credit: string | null;
  focal_x: number;
  focal_y: number;
  wire_provider: string | null;
  wire_guid: string | null;
  created_at: number;
}

export interface SeriesTable {
  id: Generated<number>;
  slug: string;
  name: string;
  description: string | null;
}

export interface ArticlesTable {
  id: Generated<number>;
  slug: string;
  section_id: number;
  headline: string;
  dek: string | null;
  byline: string | null;
  dateline_place: string | null;
  dateline_source: string | null;
  body_html: string;
  lead_media_id: number | null;
  series_id: number | null;
  status: string;
  language: string;
  published_at: number | null;
  updated_at: number | null;
  edited_at: number;
  created_at: number;
  embargo_until: number | null;
  expires_at: number | null;
  update_note: string | null;
  correction_note: string | null;
  origin: string;
  wire_provider: string | null;
  wire_guid: string | null;
  wire_version: number | null;
  wire_etag: string | null;
  copyright_notice: string | null;
  copyright_holder: string | null;
  usage_terms: string | null;
  revision: number;
}

export interface ArticleTagsTable {
  article_id: number;
  tag_id: number;
  position: number;
}

export interface ArticleAuthorsTable {
  article_id: number;
  author_id: number;
  position: number;
}

export interface ArticleRevisionsTable {
  id: Generated<number>;
  article_id: number;
  revision: number;
  created_at: number;
  /** Who saved it: a user id, or null for the wire and the system. */
  actor: string | null;
  /** The whole article as JSON (see revision-snapshot.ts). */
  snapshot: string;
}

export interface VideosTable {
  id: Generated<number>;
  slug: string;
  title: string;
  description: string | null;
  thumbnail_media_id: number | null;
  source_url: string;
  duration_seconds: number | null;
  published_at: number;
  series_id: number | null;
  section_id: number | null;
  created_at: number;
}

export interface CuratedListsTable {
  id: Generated<number>;
  slug: string;
  name: string;
}

export interface CuratedEntriesTable {
  list_id: number;
  article_id: number;
  position: number;
  pinned: number;
  expires_at: number | null;
}

export interface RedirectsTable {
  from_path: string;
  to_path: string;
  created_at: number;
}

export interface PageViewsTable {
  article_id: number;
  /** Start of the hour bucket, epoch ms. */
  bucket_start: number;
  views: number;
}

export interface WireReceiptsTable {
  id: Generated<number>;
  provider: string;
  guid: string;
  version: number | null;
  etag: string | null;
  received_at: number;
  action: string;
  article_id: number | null;
  /** The normalised item as JSON, kept for audit. */
  item: string;
  /** The wire source it came through, by name, when one was known. */
  source: string | null;
  /** JSON array of what went wrong short of a rejection (a photo that could not be fetched, an embargo alert). */
  problems: string | null;
  /** sha256 of the document the item arrived in. */
  document_hash: string | null;
}

/** One configured agency feed: how its stories are placed and published, and how it is polled or pushed. */
export interface WireSourcesTable {
  id: Generated<number>;
  name: string;
  /** Provider key (`ap`, `dpa` ...) whose items this source's settings apply to. */
  provider: string | null;
  /** Dateline source shown after the place: "AP" in "MOSCOW (AP) —". */
  display_source: string | null;
  /** `publish` or `hold` (wait for an editor). */
  policy: string;
  /** Section path for stories no subject rule places. */
  default_section: string | null;
  /** JSON array of subject rules (see wire-source.ts). */
  subject_rules: string;
  remote_images: number;
  poll_url: string | null;
  poll_interval_seconds: number | null;
  /** Where the next poll starts (a feed's next-page link), or null for `poll_url`. */
  poll_cursor: string | null;
  poll_etag: string | null;
  poll_last_modified: string | null;
  poll_checked_at: number | null;
  poll_error: string | null;
  /** The API token (scope `wire:push`) that may push to this source. */
  push_token_id: number | null;
  created_at: number;
  updated_at: number;
}

/** The newest applied version of each wire item, story or picture. */
export interface WireItemsTable {
  provider: string;
  guid: string;
  /** `story` or `picture`. */
  kind: string;
  version: number | null;
  etag: string | null;
  version_created: number | null;
  /** usable, withheld or canceled, as the newest applied version said. */
  pub_status: string;
  article_id: number | null;
  media_id: number | null;
  /** The story status the ingest last set; a different status now means an editor took the story over. */
  ingest_status: string | null;
  received_at: number;
}

/** Which wire pictures a story shows, so a picture kill finds every use. */
export interface ArticleWirePicturesTable {
  article_id: number;
  provider: string;
  guid: string;
  /** The association name in the story (`mainpic`, `a001`). */
  name: string;
  /** `lead` or `inline`. */
  role: string;
  media_id: number | null;
  /** The agency's URL when the picture is shown from there rather than re-hosted. */
  remote_href: string | null;
}

/** The items of a document ingested with no rejection, one row each, so the same bytes again are known duplicates. */
export interface WireDocumentsTable {
  /** sha256 hex of the document text. */
  hash: string;
  /** The item's place in the document, from 0. */
  position: number;
  provider: string;
  guid: string;
  version: number | null;
  received_at: number;
}

export interface Database {
  settings: SettingsTable;
  sections: SectionsTable;
  tags: TagsTable;
  authors: AuthorsTable;
  media_assets: MediaAssetsTable;
  series: SeriesTable;
  articles: ArticlesTable;
  article_tags: ArticleTagsTable;
  article_authors: ArticleAuthorsTable;
  article_revisions: ArticleRevisionsTable;
  videos: VideosTable;
  curated_lists: CuratedListsTable;
  curated_entries: CuratedEntriesTable;
  redirects: RedirectsTable;
  page_views: PageViewsTable;
  wire_receipts: WireReceiptsTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  login_attempts: LoginAttemptsTable;
  audit_log: AuditLogTable;
  article_owners: ArticleOwnersTable;
  webhooks: WebhooksTable;
  webhook_deliveries: WebhookDeliveriesTable;
  search_documents: SearchDocumentsTable;
  import_ledger: ImportLedgerTable;
  wire_sources: WireSourcesTable;
  wire_items: WireItemsTable;
  article_wire_pictures: ArticleWirePicturesTable;
  wire_documents: WireDocumentsTable;
}

/** Either the store's connection or an open transaction: query functions take this first. */
export type Executor = Kysely<Database> | Transaction<Database>;

export type ArticleRow = Selectable<ArticlesTable>;
export type NewArticleRow = Insertable<ArticlesTable>;
export type ArticleRowUpdate = Updateable<ArticlesTable>;

export interface UsersTable {
  id: Generated<number>;
  /** Lower case; the sign-in name. */
  email: string;
  name: string;
  role: string;
  /** argon2id PHC string; never leaves the accounts service. */
  password_hash: string;
  must_change_password: number;
  /** The byline record this person writes under, so their stories count as their own. */
  author_id: number | null;
  disabled_at: number | null;
  created_at: number;
  password_changed_at: number;
  last_login_at: number | null;
}

export interface SessionsTable {
  /** SHA-256 hex of the cookie value; the value itself is never stored. */
  id_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: number;
  last_seen_at: number;
  /** Absolute end, however active the session is. */
  expires_at: number;
  user_agent: string | null;
}

export interface ApiTokensTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  /** SHA-256 hex of the token. */
  token_hash: string;
  /** The first characters of the token, enough to recognise it in a list. */
  hint: string;
  /** JSON array of scopes. */
  scopes: string;
  created_at: number;
  /** Who made it (an audit label). */
  created_by: string;
  expires_at: number | null;
  last_used_at: number | null;
  revoked_at: number | null;
}

export interface LoginAttemptsTable {
  /** `email:<address>` or `ip:<address>`. */
  key: string;
  failures: number;
  window_started_at: number;
  locked_until: number | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: number;
  actor_user_id: number | null;
  /** Who, as a person reads it: an email, `cli:<os user>`, `system`. */
  actor: string;
  via: string;
  action: string;
  target_type: string | null;
  target_id: string | null;
  /** JSON object; never holds a secret. */
  details: string | null;
  ip: string | null;
}

export interface ArticleOwnersTable {
  article_id: number;
  /** The account that created the story in the newsroom. */
  user_id: number;
}

export interface WebhooksTable {
  id: Generated<number>;
  url: string;
  description: string | null;
  /** HMAC key; kept readable because every delivery is signed with it. */
  secret: string;
  /** JSON array of webhook event names. */
  events: string;
  active: number;
  created_at: number;
  updated_at: number;
}

export interface WebhookDeliveriesTable {
  id: Generated<number>;
  webhook_id: number;
  event: string;
  /** The exact JSON body that is signed and sent. */
  payload: string;
  /** pending, delivered or failed (gave up). */
  status: string;
  attempts: number;
  next_attempt_at: number | null;
  /** While a node is sending it, others leave it alone until this time. */
  lease_until: number | null;
  last_attempt_at: number | null;
  response_status: number | null;
  last_error: string | null;
  created_at: number;
  delivered_at: number | null;
}

/**
 * Each story's searchable text, written only by the store's triggers (see
 * migration 003-search). PostgreSQL adds a generated `document` tsvector and
 * SQLite an FTS5 index over it; neither appears here because queries reach
 * them through the search indexes in `search/`.
 */
export interface SearchDocumentsTable {
  article_id: number;
  headline: string;
  dek: string;
  /** The byline text followed by the names of the story's authors. */
  byline: string;
  /** Tag names, space separated. */
  tags: string;
  /** The body as plain text. */
  body_text: string;
  /**
   * SQLite only (migration 007): 0 while the document waits, inside a
   * batch's transaction, to be indexed with the rest of the batch.
   */
  indexed?: number;
}

/** What an import from another system (a WordPress export) became here. */
export interface ImportLedgerTable {
  /** The system and site imported from: `wxr:https://example.org`. */
  source: string;
  /** The record there: `post:216:http://example.org/?p=216` (type, id and guid). */
  source_key: string;
  source_guid: string | null;
  /** `article` or `media`. */
  target_kind: string;
  target_id: number;
  imported_at: number;
}
