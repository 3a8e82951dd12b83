import type { Executor } from '../database.ts';

export interface WireDocumentItem {
  readonly provider: string;
  readonly guid: string;
  readonly version: number | null;
}

/** The items of a document ingested before with no rejection, or null. */
export async function findWireDocument(db: Executor, hash: string): Promise<WireDocumentItem[] | null> {
  const r = await db.selectFrom('wire_documents').select('items').where('hash', '=', hash).executeTakeFirst();
  return r ? (JSON.parse(r.items) as WireDocumentItem[]) : null;
}

export async function rememberWireDocument(db: Executor, hash: string, items: readonly WireDocumentItem[], now: Date): Promise<void> {
  await db
    .insertInto('wire_documents')
    .values({ hash, items: JSON.stringify(items), received_at: now.getTime() })
    .onConflict((oc) => oc.column('hash').doNothing())
    .execute();
}

/** Public path pieces of the stories behind wire keys, for answering repeats without loading whole stories. */
export async function wireStoryLocations(
  db: Executor,
  keys: readonly { provider: string; guid: string }[],
): Promise<Map<string, { status: string; slug: string; sectionPath: string }>> {
  const out = new Map<string, { status: string; slug: string; sectionPath: string }>();
  if (keys.length === 0) return out;
  const rows = await db
    .selectFrom('articles')
    .innerJoin('sections', 'sections.id', 'articles.section_id')
    .select(['articles.wire_provider', 'articles.wire_guid', 'articles.status', 'articles.slug', 'sections.path'])
    // Pairs, so the (wire_provider, wire_guid) index answers each.
    .where((eb) => eb.or(keys.map((k) => eb.and([eb('articles.wire_provider', '=', k.provider), eb('articles.wire_guid', '=', k.guid)]))))
    .execute();
  for (const r of rows) out.set(`${r.wire_provider}\u0000${r.wire_guid}`, { status: r.status, slug: r.slug, sectionPath: r.path });
  return out;
}
