import type { MediaAsset } from '../domain/media.ts';
import { plainText } from '../domain/sanitize-html.ts';
import { ingestImageFile } from '../media/ingest-image-file.ts';
import { MediaError } from '../media/media-error.ts';
import type { MediaStore } from '../media/media-store.ts';
import type { ServiceContext } from '../service-context.ts';
import { recordImported } from '../store/repositories/import-ledger-repository.ts';
import { findMediaByHash, insertMediaAsset } from '../store/repositories/media-repository.ts';
import { locateUpload } from './locate-upload.ts';
import { phpPath, phpUnserialize } from './php-unserialize.ts';
import { repairMojibake } from './repair-mojibake.ts';
import { wxrLedgerKey } from './wxr-ledger-key.ts';
import type { WxrItem } from './wxr-document.ts';
import { wxrTime } from './wxr-time.ts';

const IMAGE_EXTENSION = /\.(jpe?g|png|gif|webp|avif|tiff?|bmp|heic)$/i;

export type AttachmentOutcome =
  | { readonly kind: 'imported'; readonly asset: MediaAsset; readonly notes: readonly string[] }
  | { readonly kind: 'skipped'; readonly reason: string; readonly notes?: readonly string[] };

const text = (s: string | null | undefined) => (s ? plainText(repairMojibake(s).text) || null : null);

/** Whether an attachment is a picture, judged by its file name: the only thing the export says about it. */
export function isPictureAttachment(item: WxrItem): boolean {
  const name = (item.attachmentUrl ?? item.guid ?? '').split(/[?#]/)[0];
  return IMAGE_EXTENSION.test(name) || IMAGE_EXTENSION.test(item.meta.get('_wp_attached_file') ?? '');
}

/**
 * One attachment from a local copy of the site's uploads: read, checked and
 * normalised like any upload, and recorded with its alt text, caption
 * (WordPress keeps it as the excerpt) and credit. The same picture already
 * in the store is reused rather than stored twice.
 */
export async function importWxrAttachment(
  ctx: ServiceContext,
  media: MediaStore,
  item: WxrItem,
  where: { readonly source: string; readonly uploadsDir: string | null },
): Promise<AttachmentOutcome> {
  const url = item.attachmentUrl ?? item.guid ?? '(no address)';
  if (!isPictureAttachment(item)) return { kind: 'skipped', reason: `not a picture (${url.split('/').pop()}); Dateline imports pictures only` };
  // The reason is the same for every such picture, so the report can group them; the address is in the notes.
  if (!where.uploadsDir) return { kind: 'skipped', reason: 'no uploads folder given (--uploads); files are never fetched from the old site', notes: [`file: ${url}`] };
  const found = await locateUpload(where.uploadsDir, item);
  if (!found.path) return { kind: 'skipped', reason: 'its file is not in the uploads folder', notes: [`looked for: ${found.tried.join(', ') || 'no file name in the export'}`] };
  let ingested;
  try {
    ingested = await ingestImageFile(media, found.path);
  } catch (e) {
    if (e instanceof MediaError) return { kind: 'skipped', reason: `its file was refused: ${e.message}` };
    throw e;
  }
  const metadata = phpUnserialize(item.meta.get('_wp_attachment_metadata') ?? '');
  const credit = phpPath(metadata, 'image_meta', 'credit');
  const notes: string[] = [];
  if (item.meta.has('_wp_attachment_metadata') && metadata === null) notes.push('its metadata could not be read as plain data and was left out');
  const now = ctx.now();
  const { asset, reused } = await ctx.store.transaction(async (trx) => {
    const existing = await findMediaByHash(trx, ingested.sha256);
    const saved =
      existing ??
      (await insertMediaAsset(trx, {
        storageKey: ingested.storageKey, mimeType: ingested.mimeType, width: ingested.width, height: ingested.height, bytes: ingested.bytes,
        alt: text(item.meta.get('_wp_attachment_image_alt')) ?? '',
        caption: text(item.excerptHtml),
        credit: typeof credit === 'string' ? text(credit) : null,
        focal: { x: 0.5, y: 0.5 },
        wireProvider: null,
        wireGuid: null,
        createdAt: wxrTime(item.postDateGmt, item.postDate)?.at ?? now,
      }));
    await recordImported(trx, {
      source: where.source, sourceKey: wxrLedgerKey(item), sourceGuid: item.guid, targetKind: 'media', targetId: saved.id, importedAt: now,
    });
    return { asset: saved, reused: existing !== null };
  });
  if (reused) notes.push('the same picture was already stored; reused');
  return { kind: 'imported', asset, notes };
}
