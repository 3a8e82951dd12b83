import type { ChangeEvent } from '../../events/change-event.ts';
import type { Executor } from '../../store/database.ts';
import { claimWireItem, saveWireItem } from '../../store/repositories/wire-item-repository.ts';
import type { WirePicture } from '../wire-item.ts';
import { removeWirePicture } from './remove-wire-picture.ts';

/**
 * Pictures a story version reports as withheld or killed (AP recalls a
 * photo by re-sending the story with the association's status changed):
 * each leaves every story that shows it, and its key records the status,
 * so later versions do not bring a killed picture back.
 */
export async function recallPictures(
  db: Executor,
  provider: string,
  pictures: readonly WirePicture[],
  now: Date,
): Promise<{ events: ChangeEvent[]; storageKeys: string[] }> {
  const events: ChangeEvent[] = [];
  const storageKeys: string[] = [];
  for (const p of pictures) {
    if (p.guid === null || p.pubStatus === 'usable') continue;
    const stored = await claimWireItem(db, { provider, guid: p.guid, kind: 'picture' }, now);
    if (stored && (stored.pubStatus === 'canceled' || stored.pubStatus === p.pubStatus)) continue;
    const removal = await removeWirePicture(db, provider, p.guid, now);
    events.push(...removal.events);
    storageKeys.push(...removal.storageKeys);
    await saveWireItem(db, {
      provider, guid: p.guid, kind: 'picture', version: p.version, etag: null, versionCreated: null, pubStatus: p.pubStatus,
      articleId: null, mediaId: null, ingestStatus: null, receivedAt: now,
    });
  }
  return { events, storageKeys };
}
