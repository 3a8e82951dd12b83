import type { Executor } from '../../store/database.ts';
import { findMediaByHash, findMediaByWireGuid, insertMediaAsset, updateMediaAsset } from '../../store/repositories/media-repository.ts';
import type { WirePicture } from '../wire-item.ts';
import type { PreparedPicture } from './prepare-picture.ts';

/**
 * Caption, credit and alt text as the page shows them. AP captions often
 * end with the credit in parentheses ("(AP Photo/Sam Wu, File)"); the
 * credit is then not shown a second time.
 */
export function pictureText(p: WirePicture): { alt: string; caption: string | null; credit: string | null } {
  const caption = p.caption;
  const credit = p.credit && caption && caption.toLowerCase().includes(p.credit.toLowerCase()) ? null : p.credit;
  return { alt: p.alt ?? caption ?? p.headline ?? '', caption, credit };
}

/**
 * Inside the item's transaction: the media asset for a wire picture. One
 * asset per picture key: a later version or another story reuses it (with
 * the newest caption and credit); a new download becomes a new asset.
 * Null when there is nothing to show (download failed, remote picture).
 */
export async function storeWirePicture(db: Executor, provider: string, prepared: PreparedPicture, now: Date): Promise<number | null> {
  const { picture, image } = prepared;
  const text = pictureText(picture);
  const existing = picture.guid ? (await findMediaByWireGuid(db, provider, picture.guid))[0] : undefined;
  if (existing) {
    await updateMediaAsset(db, existing.id, text);
    return existing.id;
  }
  if (!image) return null;
  if (!picture.guid) {
    // Without a key, the same bytes are the same picture.
    const same = await findMediaByHash(db, image.sha256);
    if (same && same.wireProvider === provider && same.wireGuid === null) {
      await updateMediaAsset(db, same.id, text);
      return same.id;
    }
  }
  const asset = await insertMediaAsset(db, {
    storageKey: image.storageKey, mimeType: image.mimeType, width: image.width, height: image.height, bytes: image.bytes,
    ...text, focal: { x: 0.5, y: 0.5 }, wireProvider: provider, wireGuid: picture.guid, createdAt: now,
  });
  return asset.id;
}
