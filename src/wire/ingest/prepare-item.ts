import { isDatelineError } from '../../errors.ts';
import { compareWireVersions } from '../../domain/wire-lifecycle.ts';
import type { WireSource } from '../../domain/wire-source.ts';
import type { Executor } from '../../store/database.ts';
import { findMediaByWireGuid } from '../../store/repositories/media-repository.ts';
import { peekWireItem } from '../../store/repositories/wire-item-repository.ts';
import { WireItemError } from '../parse/wire-item-error.ts';
import type { WireItem } from '../wire-item.ts';
import { applyPictureItem, pictureOfItem } from './apply-picture-item.ts';
import { applyStoryVersion, type AppliedVersion } from './apply-story-version.ts';
import { preparePicture, type PreparedPicture } from './prepare-picture.ts';
import { prepareStory } from './prepare-story.ts';
import type { WireIngestDeps } from './wire-ingest-deps.ts';

export interface ItemIds {
  readonly provider: string;
  readonly guid: string;
  readonly version: number | null;
}

/** An item ready to be applied inside a transaction: everything it links to is fetched. */
export interface PreparedItem {
  readonly ids: ItemIds;
  readonly item: WireItem;
  readonly warnings: readonly string[];
  /** The wire source whose settings it goes in under, named on its receipt. */
  readonly sourceName: string | null;
  readonly apply: (db: Executor, now: Date) => Promise<AppliedVersion>;
}

/** An item that failed before its transaction: a bad item, or a failure of ours. */
export interface FailedItem {
  readonly ids: ItemIds;
  readonly item: WireItem;
  readonly sourceName: string | null;
  readonly failure: ItemFailure;
}

export interface ItemFailure {
  readonly reason: string;
  /** Our fault (the store failed), not the item's: the same delivery may succeed later. */
  readonly retryable: boolean;
}

const isPicture = (item: WireItem) => item.type === 'picture' || item.type === 'graphic';

/**
 * Everything an item needs from outside the store, before any transaction
 * opens: its source's settings and its downloads, so none holds the store.
 */
export async function prepareItem(deps: WireIngestDeps, item: WireItem, warnings: readonly string[], source: WireSource | null): Promise<PreparedItem | FailedItem> {
  const ids = { provider: item.provider, guid: item.guid, version: item.version };
  let sourceName: string | null = null;
  try {
    const settings = await deps.sources.settingsFor(item.provider, source);
    sourceName = settings.sourceName;
    if (isPicture(item)) {
      const prepared = await preparePictureItem(deps, item, settings.remoteImages);
      return { ids, item, warnings, sourceName, apply: (db, now) => applyPictureItem(db, item, prepared, now) };
    }
    const materials = await prepareStory(deps, item, settings);
    return { ids, item, warnings, sourceName, apply: (db, now) => applyStoryVersion(db, item, materials, settings, now) };
  } catch (error) {
    return { ids, item, sourceName, failure: itemFailure(deps, item, error) };
  }
}

/** Why an item failed, in words for its receipt; a failure that is not the item's fault is logged too. */
export function itemFailure(deps: WireIngestDeps, item: WireItem, error: unknown): ItemFailure {
  const itemFault = error instanceof WireItemError || (isDatelineError(error) && (error.code === 'invalid-input' || error.code === 'config'));
  const message = error instanceof Error ? error.message : String(error);
  if (itemFault) return { reason: message, retryable: false };
  deps.ctx.logger.error({ err: error, provider: item.provider, guid: item.guid }, 'wire item could not be stored');
  return { reason: `could not be stored: ${message}`, retryable: true };
}

async function preparePictureItem(deps: WireIngestDeps, item: WireItem, remote: boolean): Promise<PreparedPicture | null> {
  if (item.pubStatus !== 'usable') return null;
  const known = await peekWireItem(deps.ctx.store.db, item.provider, item.guid);
  if (known !== null && (known.pubStatus === 'canceled' || compareWireVersions(item, known) !== 'newer')) return null;
  const stored = (await findMediaByWireGuid(deps.ctx.store.db, item.provider, item.guid)).length > 0;
  return preparePicture(deps, pictureOfItem(item), { remote, skipDownload: stored });
}
