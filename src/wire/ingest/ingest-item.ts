import { isDatelineError } from '../../errors.ts';
import { compareWireVersions } from '../../domain/wire-lifecycle.ts';
import type { WireSource } from '../../domain/wire-source.ts';
import type { Executor } from '../../store/database.ts';
import { findMediaByWireGuid } from '../../store/repositories/media-repository.ts';
import { storageKeyInUse } from '../../store/repositories/media-use-repository.ts';
import { peekWireItem } from '../../store/repositories/wire-item-repository.ts';
import { rememberWireDocument, type WireDocumentItem } from '../../store/repositories/wire-document-repository.ts';
import { insertWireReceipt } from '../../store/repositories/wire-receipt-repository.ts';
import { WireItemError } from '../parse/wire-item-error.ts';
import type { WireItem } from '../wire-item.ts';
import { applyPictureItem, pictureOfItem } from './apply-picture-item.ts';
import { applyStoryVersion, type AppliedVersion } from './apply-story-version.ts';
import { preparePicture, type PreparedPicture } from './prepare-picture.ts';
import { prepareStory } from './prepare-story.ts';
import type { SourceSettings } from './source-settings.ts';
import { articleUrl, storyUrl } from './story-url.ts';
import type { WireIngestDeps } from './wire-ingest-deps.ts';
import { rejectedResult, type WireIngestResult } from './wire-ingest-result.ts';

export interface IngestItemOptions {
  /** The source it arrived through (push token, poller), or null to use the one configured for its provider. */
  readonly source: WireSource | null;
  /** The document it came in, kept on the receipt. */
  readonly documentHash: string | null;
  /**
   * Set on the last item of a document whose other items all went in: the
   * document is remembered in the same transaction, so a repeat of it is
   * answered without parsing, and a failure of this item remembers nothing.
   */
  readonly rememberDocument?: { readonly hash: string; readonly items: readonly WireDocumentItem[] } | null;
}

const isPicture = (item: WireItem) => item.type === 'picture' || item.type === 'graphic';

/**
 * One item, start to finish: fetch what it links to, then apply it in one
 * transaction (story or picture, its key's state, its receipt), then
 * announce the changes. A failure inside leaves nothing behind; the item is
 * reported as rejected with the reason, and the caller goes on with the next.
 */
export async function ingestItem(deps: WireIngestDeps, item: WireItem, warnings: readonly string[], options: IngestItemOptions): Promise<WireIngestResult> {
  const ids = { provider: item.provider, guid: item.guid, version: item.version };
  let settings: SourceSettings | null = null;
  try {
    settings = await deps.sources.settingsFor(item.provider, options.source);
    const current = settings;
    let apply: (db: Executor, now: Date) => Promise<AppliedVersion>;
    // Downloads happen here, before the transaction, so none holds the store.
    if (isPicture(item)) {
      const prepared = await preparePictureItem(deps, item, current);
      apply = (db, now) => applyPictureItem(db, item, prepared, now);
    } else {
      const materials = await prepareStory(deps, item, current);
      apply = (db, now) => applyStoryVersion(db, item, materials, current, now);
    }
    const now = deps.ctx.now();
    const { applied, url } = await deps.ctx.store.transaction(async (trx) => {
      const applied = await apply(trx, now);
      const url = !applied.article
        ? null
        : applied.sectionPath !== undefined
          ? storyUrl(applied.article.status, applied.sectionPath, applied.article.slug)
          : await articleUrl(trx, applied.article);
      await insertWireReceipt(trx, {
        ...ids, etag: item.etag, receivedAt: now, action: applied.action, articleId: applied.article?.id ?? null, item,
        source: current.sourceName, problems: [...applied.problems, ...warnings.map((w) => `parse: ${w}`)], documentHash: options.documentHash,
      });
      if (options.rememberDocument) await rememberWireDocument(trx, options.rememberDocument.hash, options.rememberDocument.items, now);
      return { applied, url };
    });
    await deps.ctx.bus.publish(applied.events);
    await releaseOriginals(deps, applied.freedStorageKeys);
    return Object.freeze({ ...ids, action: applied.action, url, problems: Object.freeze([...applied.problems]) });
  } catch (error) {
    const itemFault = error instanceof WireItemError || (isDatelineError(error) && (error.code === 'invalid-input' || error.code === 'config'));
    const message = error instanceof Error ? error.message : String(error);
    if (!itemFault) deps.ctx.logger.error({ err: error, provider: item.provider, guid: item.guid }, 'wire item could not be stored');
    const reason = itemFault ? message : `could not be stored: ${message}`;
    await recordRejection(deps, item, reason, settings?.sourceName ?? null, options.documentHash);
    return rejectedResult(reason, ids, !itemFault);
  }
}

async function preparePictureItem(deps: WireIngestDeps, item: WireItem, settings: SourceSettings): Promise<PreparedPicture | null> {
  if (item.pubStatus !== 'usable') return null;
  const known = await peekWireItem(deps.ctx.store.db, item.provider, item.guid);
  if (known !== null && (known.pubStatus === 'canceled' || compareWireVersions(item, known) !== 'newer')) return null;
  const stored = (await findMediaByWireGuid(deps.ctx.store.db, item.provider, item.guid)).length > 0;
  return preparePicture(deps, pictureOfItem(item), { remote: settings.remoteImages, skipDownload: stored });
}

/** The rejection on the item's record too, when the store still answers. */
async function recordRejection(deps: WireIngestDeps, item: WireItem, reason: string, source: string | null, documentHash: string | null): Promise<void> {
  try {
    await insertWireReceipt(deps.ctx.store.db, {
      provider: item.provider, guid: item.guid, version: item.version, etag: item.etag, receivedAt: deps.ctx.now(), action: 'rejected',
      articleId: null, item, source, problems: [reason], documentHash,
    });
  } catch (error) {
    deps.ctx.logger.warn({ err: error, guid: item.guid }, 'could not record a wire rejection');
  }
}

/** Originals no asset uses any more leave the media store; one still in use (another story's upload of the same bytes) stays. */
async function releaseOriginals(deps: WireIngestDeps, storageKeys: readonly string[]): Promise<void> {
  for (const key of storageKeys) {
    try {
      if (!(await storageKeyInUse(deps.ctx.store.db, key))) await deps.media.delete(key);
    } catch (error) {
      deps.ctx.logger.warn({ err: error, key }, 'could not delete a recalled picture from the media store');
    }
  }
}
