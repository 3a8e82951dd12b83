import { requirePermission } from '../accounts/require-permission.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Actor } from '../domain/actor.ts';
import type { FocalPoint, MediaAsset } from '../domain/media.ts';
import { plainText } from '../domain/sanitize-html.ts';
import { keys } from '../domain/surrogate-keys.ts';
import { DatelineError } from '../errors.ts';
import { ingestImage } from '../media/ingest-image.ts';
import type { MediaStore } from '../media/media-store.ts';
import type { ServiceContext } from '../service-context.ts';
import { findArticlesByIds } from '../store/repositories/article-repository.ts';
import { findMediaUses } from '../store/repositories/media-library-repository.ts';
import { findMediaByHash, findMediaById, insertMediaAsset, updateMediaAsset } from '../store/repositories/media-repository.ts';
import { readSiteSettings } from '../store/repositories/settings-repository.ts';
import { articleKeys } from './article-keys.ts';
import { changeEventOf } from './change-event-of.ts';

/** The words that travel with a picture. Undefined leaves a field as it is. */
export interface MediaText {
  readonly alt?: string;
  readonly caption?: string | null;
  readonly credit?: string | null;
}

export interface MediaChanges extends MediaText {
  readonly focal?: FocalPoint;
}

function cleanText(value: string | null | undefined, max: number, field: string): string | null | undefined {
  if (value === undefined || value === null) return value;
  const text = plainText(value);
  if (text.length > max) throw new DatelineError('invalid-input', `${field} may have at most ${max} characters`, { details: { field } });
  return text === '' ? null : text;
}

function cleanFocal(focal: FocalPoint | undefined): FocalPoint | undefined {
  if (focal === undefined) return undefined;
  const inRange = (n: number) => Number.isFinite(n) && n >= 0 && n <= 1;
  if (!inRange(focal.x) || !inRange(focal.y)) throw new DatelineError('invalid-input', 'the focal point is two numbers from 0 to 1', { details: { field: 'focal' } });
  return { x: Math.round(focal.x * 1000) / 1000, y: Math.round(focal.y * 1000) / 1000 };
}

function cleanChanges(input: MediaChanges) {
  const alt = cleanText(input.alt, 500, 'alt');
  return {
    ...(alt !== undefined ? { alt: alt ?? '' } : {}),
    ...(input.caption !== undefined ? { caption: cleanText(input.caption, 1000, 'caption') ?? null } : {}),
    ...(input.credit !== undefined ? { credit: cleanText(input.credit, 300, 'credit') ?? null } : {}),
    ...(input.focal !== undefined ? { focal: cleanFocal(input.focal) } : {}),
  };
}

/**
 * Takes an uploaded picture into the library: checked, normalised and
 * stored by content. The same picture uploaded twice is one asset, so the
 * second upload answers with the first (its words left as they are).
 */
export async function uploadMedia(
  ctx: ServiceContext,
  media: MediaStore,
  actor: Actor,
  bytes: Uint8Array,
  text: MediaText,
): Promise<{ asset: MediaAsset; created: boolean }> {
  requirePermission(actor, 'article.create');
  const fields = cleanChanges(text);
  const image = await ingestImage(media, bytes);
  const now = ctx.now();
  return ctx.store.transaction(async (trx) => {
    const existing = await findMediaByHash(trx, image.sha256);
    if (existing) return { asset: existing, created: false };
    const asset = await insertMediaAsset(trx, {
      storageKey: image.storageKey, mimeType: image.mimeType, width: image.width, height: image.height, bytes: image.bytes,
      alt: fields.alt ?? '', caption: fields.caption ?? null, credit: fields.credit ?? null, focal: { x: 0.5, y: 0.5 },
      wireProvider: null, wireGuid: null, createdAt: now,
    });
    await recordAudit(trx, actor, now, { action: 'media.upload', targetType: 'media', targetId: asset.id, details: { bytes: asset.bytes, width: asset.width, height: asset.height } });
    return { asset, created: true };
  });
}

/**
 * Changes a picture's alt text, caption, credit or focal point. Every page
 * showing it is purged: stories leading with it, videos using it as a
 * poster, and every page when it is the site's logo.
 */
export async function updateMedia(ctx: ServiceContext, actor: Actor, id: number, input: MediaChanges): Promise<MediaAsset> {
  requirePermission(actor, 'article.publish');
  const changes = cleanChanges(input);
  const now = ctx.now();
  const { asset, purge } = await ctx.store.transaction(async (trx) => {
    const before = await findMediaById(trx, id);
    if (!before) throw new DatelineError('not-found', `no picture with id ${id}`);
    await updateMediaAsset(trx, id, changes);
    await recordAudit(trx, actor, now, { action: 'media.update', targetType: 'media', targetId: id, details: { fields: Object.keys(changes) } });
    const uses = await findMediaUses(trx, id);
    const purge = new Set<string>();
    for (const article of await findArticlesByIds(trx, uses.articleIds)) for (const k of await articleKeys(trx, article)) purge.add(k);
    for (const videoId of uses.videoIds) purge.add(keys.video(videoId)).add(keys.videos);
    if ((await readSiteSettings(trx)).logoMediaId === id) purge.add(keys.settings);
    return { asset: (await findMediaById(trx, id))!, purge };
  });
  await ctx.bus.publish([changeEventOf('media.changed', id, purge, now)]);
  return asset;
}
