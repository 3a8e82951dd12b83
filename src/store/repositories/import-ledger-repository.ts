import type { Executor } from '../database.ts';

export type ImportTargetKind = 'article' | 'media';

export interface ImportLedgerEntry {
  readonly source: string;
  readonly sourceKey: string;
  readonly sourceGuid: string | null;
  readonly targetKind: ImportTargetKind;
  readonly targetId: number;
  readonly importedAt: Date;
}

/** What an earlier import made of this record, or null when it has not been imported. */
export async function findImported(db: Executor, source: string, sourceKey: string): Promise<{ kind: ImportTargetKind; id: number } | null> {
  const r = await db
    .selectFrom('import_ledger')
    .select(['target_kind', 'target_id'])
    .where('source', '=', source)
    .where('source_key', '=', sourceKey)
    .executeTakeFirst();
  return r ? { kind: r.target_kind as ImportTargetKind, id: r.target_id } : null;
}

export async function recordImported(db: Executor, e: ImportLedgerEntry): Promise<void> {
  await db
    .insertInto('import_ledger')
    .values({
      source: e.source, source_key: e.sourceKey, source_guid: e.sourceGuid, target_kind: e.targetKind, target_id: e.targetId,
      imported_at: e.importedAt.getTime(),
    })
    .execute();
}
