import { bool, float, int, json, text, time, type FieldCodec } from './field-codec.ts';

export interface RecordField {
  /** Name in the export line (camelCase of the column). */
  readonly name: string;
  readonly column: string;
  readonly codec: FieldCodec;
}

/** One table as a kind of record in the export: one JSON line per row, in `order`. */
export interface RecordKind {
  readonly kind: string;
  readonly table: string;
  readonly fields: readonly RecordField[];
  /** Columns the rows are sorted by: the primary key, so the order never depends on the store. */
  readonly order: readonly string[];
  /** Whether the rows keep their ids: other records refer to them. */
  readonly keepsIds: boolean;
  /** Columns set after every row of the kind is in, because they point at rows of the same kind. */
  readonly deferred?: readonly string[];
  /** Columns left out of the export on purpose, and why; the import fills them. */
  readonly omitted?: Readonly<Record<string, string>>;
}

const camel = (column: string) => column.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
const f = (column: string, codec: FieldCodec): RecordField => ({ name: camel(column), column, codec });

/**
 * Every kind of record in an export, in the order an import writes them
 * (each after what it refers to). Changing a field or a kind changes the
 * format: bump `EXPORT_FORMAT_VERSION` and update docs/export-format.md.
 */
export const RECORD_KINDS: readonly RecordKind[] = [
  { kind: 'settings', table: 'settings', keepsIds: false, order: ['key'], fields: [f('key', text), f('value', text)] },
  {
    kind: 'sections', table: 'sections', keepsIds: true, order: ['id'], deferred: ['parent_id'],
    fields: [f('id', int), f('slug', text), f('path', text), f('name', text), f('parent_id', int), f('description', text), f('position', int)],
  },
  { kind: 'tags', table: 'tags', keepsIds: true, order: ['id'], fields: [f('id', int), f('slug', text), f('name', text)] },
  { kind: 'authors', table: 'authors', keepsIds: true, order: ['id'], fields: [f('id', int), f('slug', text), f('name', text), f('title', text), f('bio', text)] },
  { kind: 'series', table: 'series', keepsIds: true, order: ['id'], fields: [f('id', int), f('slug', text), f('name', text), f('description', text)] },
  {
    kind: 'media', table: 'media_assets', keepsIds: true, order: ['id'],
    fields: [
      f('id', int), f('storage_key', text), f('mime_type', text), f('width', int), f('height', int), f('bytes', int), f('alt', text),
      f('caption', text), f('credit', text), f('focal_x', float), f('focal_y', float), f('wire_provider', text), f('wire_guid', text),
      f('created_at', time),
    ],
  },
  {
    kind: 'users', table: 'users', keepsIds: true, order: ['id'],
    fields: [f('id', int), f('email', text), f('name', text), f('role', text), f('author_id', int), f('disabled_at', time), f('created_at', time), f('last_login_at', time)],
    omitted: {
      password_hash: 'a secret: imported accounts get an unusable password until an administrator resets it',
      must_change_password: 'set on import, so the reset password must be replaced',
      password_changed_at: 'set on import to the account creation time',
    },
  },
  {
    kind: 'articles', table: 'articles', keepsIds: true, order: ['id'],
    fields: [
      f('id', int), f('slug', text), f('section_id', int), f('headline', text), f('dek', text), f('byline', text), f('dateline_place', text),
      f('dateline_source', text), f('body_html', text), f('lead_media_id', int), f('series_id', int), f('status', text), f('language', text),
      f('published_at', time), f('updated_at', time), f('edited_at', time), f('created_at', time), f('embargo_until', time), f('expires_at', time),
      f('update_note', text), f('correction_note', text), f('origin', text), f('wire_provider', text), f('wire_guid', text), f('wire_version', int),
      f('wire_etag', text), f('copyright_notice', text), f('copyright_holder', text), f('usage_terms', text), f('revision', int),
    ],
  },
  { kind: 'articleTags', table: 'article_tags', keepsIds: false, order: ['article_id', 'tag_id'], fields: [f('article_id', int), f('tag_id', int), f('position', int)] },
  {
    kind: 'articleAuthors', table: 'article_authors', keepsIds: false, order: ['article_id', 'author_id'],
    fields: [f('article_id', int), f('author_id', int), f('position', int)],
  },
  {
    kind: 'revisions', table: 'article_revisions', keepsIds: false, order: ['article_id', 'revision'],
    fields: [f('article_id', int), f('revision', int), f('created_at', time), f('actor', text), f('snapshot', json)],
    omitted: { id: 'nothing refers to it; the import numbers revisions afresh' },
  },
  { kind: 'articleOwners', table: 'article_owners', keepsIds: false, order: ['article_id'], fields: [f('article_id', int), f('user_id', int)] },
  {
    kind: 'videos', table: 'videos', keepsIds: true, order: ['id'],
    fields: [
      f('id', int), f('slug', text), f('title', text), f('description', text), f('thumbnail_media_id', int), f('source_url', text),
      f('duration_seconds', int), f('published_at', time), f('series_id', int), f('section_id', int), f('created_at', time),
    ],
  },
  { kind: 'lists', table: 'curated_lists', keepsIds: true, order: ['id'], fields: [f('id', int), f('slug', text), f('name', text)] },
  {
    kind: 'listEntries', table: 'curated_entries', keepsIds: false, order: ['list_id', 'article_id'],
    fields: [f('list_id', int), f('article_id', int), f('position', int), f('pinned', bool), f('expires_at', time)],
  },
  { kind: 'redirects', table: 'redirects', keepsIds: false, order: ['from_path'], fields: [f('from_path', text), f('to_path', text), f('created_at', time)] },
  { kind: 'pageViews', table: 'page_views', keepsIds: false, order: ['article_id', 'bucket_start'], fields: [f('article_id', int), f('bucket_start', time), f('views', int)] },
  {
    kind: 'wireSources', table: 'wire_sources', keepsIds: true, order: ['id'],
    fields: [
      f('id', int), f('name', text), f('provider', text), f('display_source', text), f('policy', text), f('default_section', text),
      f('subject_rules', json), f('remote_images', bool), f('poll_url', text), f('poll_interval_seconds', int), f('poll_cursor', text),
      f('poll_etag', text), f('poll_last_modified', text), f('poll_checked_at', time), f('poll_error', text), f('created_at', time), f('updated_at', time),
    ],
    omitted: { push_token_id: 'API tokens are secrets and are not exported; give the source a new push token' },
  },
  {
    kind: 'wireItems', table: 'wire_items', keepsIds: false, order: ['provider', 'guid'],
    fields: [
      f('provider', text), f('guid', text), f('kind', text), f('version', int), f('etag', text), f('version_created', time), f('pub_status', text),
      f('article_id', int), f('media_id', int), f('ingest_status', text), f('received_at', time),
    ],
  },
  {
    kind: 'articleWirePictures', table: 'article_wire_pictures', keepsIds: false, order: ['article_id', 'provider', 'guid'],
    fields: [f('article_id', int), f('provider', text), f('guid', text), f('name', text), f('role', text), f('media_id', int), f('remote_href', text)],
  },
  {
    kind: 'wireDocuments', table: 'wire_documents', keepsIds: false, order: ['hash', 'position'],
    fields: [f('hash', text), f('position', int), f('provider', text), f('guid', text), f('version', int), f('received_at', time)],
  },
  {
    kind: 'wireReceipts', table: 'wire_receipts', keepsIds: false, order: ['id'],
    fields: [
      f('provider', text), f('guid', text), f('version', int), f('etag', text), f('received_at', time), f('action', text), f('article_id', int),
      f('item', json), f('source', text), f('problems', json), f('document_hash', text),
    ],
    omitted: { id: 'nothing refers to it; the import numbers receipts afresh, in the same order' },
  },
  {
    kind: 'auditLog', table: 'audit_log', keepsIds: false, order: ['id'],
    fields: [
      f('at', time), f('actor_user_id', int), f('actor', text), f('via', text), f('action', text), f('target_type', text), f('target_id', text),
      f('details', json), f('ip', text),
    ],
    omitted: { id: 'nothing refers to it; the import numbers entries afresh, in the same order' },
  },
  {
    kind: 'importLedger', table: 'import_ledger', keepsIds: false, order: ['source', 'source_key'],
    fields: [f('source', text), f('source_key', text), f('source_guid', text), f('target_kind', text), f('target_id', int), f('imported_at', time)],
  },
];

/** Tables an export leaves out, and why. A test keeps this and RECORD_KINDS covering every table. */
export const NOT_EXPORTED: Readonly<Record<string, string>> = {
  sessions: 'signed-in sessions are secrets and end with the move; people sign in again',
  api_tokens: 'API tokens are secrets; issue new ones after the move',
  login_attempts: 'short-lived sign-in throttling counters',
  webhooks: 'each webhook holds its signing secret; register webhooks again after the move',
  webhook_deliveries: 'the delivery queue of the webhooks, which are not exported',
  search_documents: "derived from the stories; the store's triggers rebuild it as stories are imported",
  dateline_migration: "the store's own schema bookkeeping",
  dateline_migration_lock: "the store's own schema bookkeeping",
};
