import { sql } from 'kysely';
import type { Executor } from '../database.ts';

/** Every received version is kept, whatever became of it, for audit. */
export async function insertWireReceipt(
  db: Executor,
  r: {
    provider: string; guid: string; version: number | null; etag: string | null; receivedAt: Date; action: string; articleId: number | null; item: unknown;
    source?: string | null; problems?: readonly string[]; documentHash?: string | null;
  },
): Promise<void> {
  const problems = r.problems && r.problems.length > 0 ? JSON.stringify(r.problems) : null;
  // Written out rather than built: one per wire item, and building costs more than running it.
  await sql`
    insert into "wire_receipts" ("provider", "guid", "version", "etag", "received_at", "action", "article_id", "item", "source", "problems", "document_hash")
    values (${r.provider}, ${r.guid}, ${r.version}, ${r.etag}, ${r.receivedAt.getTime()}, ${r.action}, ${r.articleId}, ${JSON.stringify(r.item)},
      ${r.source ?? null}, ${problems}, ${r.documentHash ?? null})`.execute(db);
}

export async function listWireReceipts(db: Executor, provider: string, guid: string) {
  return db.selectFrom('wire_receipts').selectAll().where('provider', '=', provider).where('guid', '=', guid).orderBy('id').execute();
}
