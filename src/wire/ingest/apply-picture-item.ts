import { planWirePicture } from '../../domain/wire-lifecycle.ts';
import type { Executor } from '../../store/database.ts';
import { claimWireItem, saveWireItem } from '../../store/repositories/wire-item-repository.ts';
import { WireItemError } from '../parse/wire-item-error.ts';
import type { WireItem, WirePicture } from '../wire-item.ts';
import type { AppliedVersion } from './apply-story-version.ts';
import type { PreparedPicture } from './prepare-picture.ts';
import { removeWirePicture } from './remove-wire-picture.ts';
import { storeWirePicture } from './store-wire-picture.ts';

/** A picture item as a picture of a story would carry it. */
export function pictureOfItem(item: WireItem): WirePicture {
  return {
    name: item.guid, guid: item.guid, version: item.version, pubStatus: item.pubStatus, headline: item.headline || null,
    caption: item.caption ?? null, credit: item.credit ?? null, alt: null, copyrightNotice: item.copyrightNotice, renditions: item.renditions,
  };
}

/**
 * Inside the item's transaction: a picture delivered on its own. A usable
 * one joins the media library under its wire key (stories that reference it
 * reuse it); a newer version refreshes its caption and credit; a withheld or
 * killed one leaves every story that shows it.
 */
export async function applyPictureItem(db: Executor, item: WireItem, prepared: PreparedPicture | null, now: Date): Promise<AppliedVersion> {
  const stored = await claimWireItem(db, { provider: item.provider, guid: item.guid, kind: 'picture' }, now);
  if (stored && stored.kind !== 'picture') throw new WireItemError(`${item.guid} was delivered as a story before; a picture cannot take its id`);
  const plan = planWirePicture(item, stored);
  const save = (mediaId: number | null) =>
    saveWireItem(db, {
      provider: item.provider, guid: item.guid, kind: 'picture', version: item.version, etag: item.etag, versionCreated: item.versionCreated,
      pubStatus: item.pubStatus, articleId: null, mediaId, ingestStatus: null, receivedAt: now,
    });
  if (plan.kind === 'ignore') return { action: 'unchanged', article: null, events: [], freedStorageKeys: [], problems: [] };
  if (plan.kind === 'remove') {
    const removal = await removeWirePicture(db, item.provider, item.guid, now);
    await save(null);
    return { action: plan.action, article: null, events: removal.events, freedStorageKeys: removal.storageKeys, problems: [] };
  }
  const mediaId = prepared ? await storeWirePicture(db, item.provider, prepared, now) : null;
  await save(mediaId);
  const problems = prepared?.problem ? [prepared.problem] : [];
  const action = item.embargoUntil !== null && (item.embargoUntil === 'indefinite' || item.embargoUntil.getTime() > now.getTime()) ? 'embargoed' : plan.action;
  return { action, article: null, events: mediaId !== null ? [{ kind: 'media.changed', id: mediaId, keys: [], at: now }] : [], freedStorageKeys: [], problems };
}
