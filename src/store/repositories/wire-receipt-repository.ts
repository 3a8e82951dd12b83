import type { Executor } from '../database.ts';

/** Every received version is kept, whatever became of it, for audit. */
export async function insertWireReceipt(
  db: Executor,
  r: {
    provider: string; guid: string; version: number | null; etag: string | null; receivedAt: Date; action: string; articleId: number | null; item: unknown;
    source?: string | null; problems?: readonly string[]; documentHash?: string | null;
  },
): Promise<void> {
  await db
    .insertInto('wire_receipts')
    .values({
      provider: r.provider, guid: r.guid, version: r.version, etag: r.etag, received_at: r.receivedAt.getTime(),
      action: r.action, article_id: r.articleId, item: JSON.stringify(r.item), source: r.source ?? null,
      problems: r.problems && r.problems.length > 0 ? JSON.stringify(r.problems) : null, document_hash: r.documentHash ?? null,
    })
    .execute();
}

export async function listWireReceipts(db: Executor, provider: string, guid: string) {
  return db.selectFrom('wire_receipts').selectAll().where('provider', '=', provider).where('guid', '=', guid).orderBy('id').execute();
}
