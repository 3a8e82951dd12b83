import type { Executor } from '../database.ts';

/** Every received version is kept, whatever became of it, for audit. */
export async function insertWireReceipt(
  db: Executor,
  r: { provider: string; guid: string; version: number | null; etag: string | null; receivedAt: Date; action: string; articleId: number | null; item: unknown },
): Promise<void> {
  await db
    .insertInto('wire_receipts')
    .values({
      provider: r.provider, guid: r.guid, version: r.version, etag: r.etag, received_at: r.receivedAt.getTime(),
      action: r.action, article_id: r.articleId, item: JSON.stringify(r.item),
    })
    .execute();
}

export async function listWireReceipts(db: Executor, provider: string, guid: string) {
  return db.selectFrom('wire_receipts').selectAll().where('provider', '=', provider).where('guid', '=', guid).orderBy('id').execute();
}
