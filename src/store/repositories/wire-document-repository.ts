import type { Executor } from '../database.ts';

export interface WireDocumentItem {
  readonly provider: string;
  readonly guid: string;
  readonly version: number | null;
}

/** An item of a document seen before, with where its story now stands (null when it has none). */
export interface RememberedItem extends WireDocumentItem {
  readonly story: { readonly status: string; readonly slug: string; readonly sectionPath: string } | null;
}

/**
 * The items of a document ingested before with no rejection, in document
 * order, each with its story's current status and address: one query, since
 * feeds repeat themselves all day. Null for a document not seen before.
 */
export async function findWireDocument(db: Executor, hash: string): Promise<RememberedItem[] | null> {
  const rows = await db
    .selectFrom('wire_documents as d')
    .leftJoin('articles as a', (j) => j.onRef('a.wire_provider', '=', 'd.provider').onRef('a.wire_guid', '=', 'd.guid'))
    .leftJoin('sections as s', 's.id', 'a.section_id')
    .select(['d.provider', 'd.guid', 'd.version', 'a.status', 'a.slug', 's.path'])
    .where('d.hash', '=', hash)
    .orderBy('d.position')
    .execute();
  if (rows.length === 0) return null;
  return rows.map((r) => ({
    provider: r.provider,
    guid: r.guid,
    version: r.version,
    story: r.status !== null && r.slug !== null && r.path !== null ? { status: r.status, slug: r.slug, sectionPath: r.path } : null,
  }));
}

export async function rememberWireDocument(db: Executor, hash: string, items: readonly WireDocumentItem[], now: Date): Promise<void> {
  if (items.length === 0) return;
  await db
    .insertInto('wire_documents')
    .values(items.map((i, position) => ({ hash, position, provider: i.provider, guid: i.guid, version: i.version, received_at: now.getTime() })))
    .onConflict((oc) => oc.columns(['hash', 'position']).doNothing())
    .execute();
}
