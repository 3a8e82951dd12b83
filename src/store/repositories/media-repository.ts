import type { MediaAsset } from '../../domain/media.ts';
import type { Executor } from '../database.ts';
import { toDate } from './time-columns.ts';

type MediaRow = {
  id: number; storage_key: string; mime_type: string; width: number; height: number; bytes: number; alt: string;
  caption: string | null; credit: string | null; focal_x: number; focal_y: number; wire_provider: string | null;
  wire_guid: string | null; created_at: number;
};

const toAsset = (r: MediaRow): MediaAsset =>
  Object.freeze({
    id: r.id, storageKey: r.storage_key, mimeType: r.mime_type, width: r.width, height: r.height, bytes: r.bytes,
    alt: r.alt, caption: r.caption, credit: r.credit, focal: Object.freeze({ x: Number(r.focal_x), y: Number(r.focal_y) }),
    wireProvider: r.wire_provider, wireGuid: r.wire_guid, createdAt: toDate(r.created_at),
  });

export type NewMediaAsset = Omit<MediaAsset, 'id' | 'createdAt'> & { readonly createdAt?: Date };

export async function insertMediaAsset(db: Executor, a: NewMediaAsset): Promise<MediaAsset> {
  const r = await db
    .insertInto('media_assets')
    .values({
      storage_key: a.storageKey, mime_type: a.mimeType, width: a.width, height: a.height, bytes: a.bytes, alt: a.alt,
      caption: a.caption, credit: a.credit, focal_x: a.focal.x, focal_y: a.focal.y, wire_provider: a.wireProvider,
      wire_guid: a.wireGuid, created_at: (a.createdAt ?? new Date()).getTime(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toAsset(r);
}

export async function updateMediaAsset(
  db: Executor,
  id: number,
  changes: Partial<Pick<MediaAsset, 'alt' | 'caption' | 'credit' | 'focal'>>,
): Promise<void> {
  await db
    .updateTable('media_assets')
    .set({
      ...(changes.alt !== undefined ? { alt: changes.alt } : {}),
      ...(changes.caption !== undefined ? { caption: changes.caption } : {}),
      ...(changes.credit !== undefined ? { credit: changes.credit } : {}),
      ...(changes.focal !== undefined ? { focal_x: changes.focal.x, focal_y: changes.focal.y } : {}),
    })
    .where('id', '=', id)
    .execute();
}

export async function findMediaById(db: Executor, id: number): Promise<MediaAsset | null> {
  const r = await db.selectFrom('media_assets').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toAsset(r) : null;
}

export async function findMediaByIds(db: Executor, ids: readonly number[]): Promise<Map<number, MediaAsset>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom('media_assets').selectAll().where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, toAsset(r)]));
}

export async function findMediaByWireGuid(db: Executor, provider: string, guid: string): Promise<MediaAsset[]> {
  const rows = await db.selectFrom('media_assets').selectAll().where('wire_provider', '=', provider).where('wire_guid', '=', guid).execute();
  return rows.map(toAsset);
}


/** The asset whose original has this content address (whatever its stored format). */
export async function findMediaByHash(db: Executor, sha256: string): Promise<MediaAsset | null> {
  const candidates = ['jpg', 'png', 'webp', 'avif'].map((ext) => `${sha256}.${ext}`);
  const r = await db.selectFrom('media_assets').selectAll().where('storage_key', 'in', candidates).orderBy('id').executeTakeFirst();
  return r ? toAsset(r) : null;
}
