import { sql } from 'kysely';
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
  // Written out rather than built: every delivered document asks this first, and building the joins costs more than running them.
  const { rows } = await sql<{ provider: string; guid: string; version: number | null; status: string | null; slug: string | null; path: string | null }>`
    select "d"."provider", "d"."guid", "d"."version", "a"."status", "a"."slug", "s"."path"
    from "wire_documents" as "d"
    left join "articles" as "a" on "a"."wire_provider" = "d"."provider" and "a"."wire_guid" = "d"."guid"
    left join "sections" as "s" on "s"."id" = "a"."section_id"
    where "d"."hash" = ${hash}
    order by "d"."position"`.execute(db);
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
  const at = now.getTime();
  // Written out rather than built: once per document, and building costs more than running it.
  const rows = items.map((i, position) => sql`(${hash}, ${position}, ${i.provider}, ${i.guid}, ${i.version}, ${at})`);
  await sql`
    insert into "wire_documents" ("hash", "position", "provider", "guid", "version", "received_at")
    values ${sql.join(rows)}
    on conflict ("hash", "position") do nothing`.execute(db);
}
