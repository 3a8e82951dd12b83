import { sql } from 'kysely';
import type { Executor } from '../../store/database.ts';
import { storageKeyInUse } from '../../store/repositories/media-use-repository.ts';
import { holdSearchIndexing, indexHeldSearchDocuments } from '../../store/repositories/search-index-batch.ts';
import { rememberWireDocument, type WireDocumentItem } from '../../store/repositories/wire-document-repository.ts';
import { insertWireReceipt } from '../../store/repositories/wire-receipt-repository.ts';
import type { WireItem } from '../wire-item.ts';
import type { AppliedVersion } from './apply-story-version.ts';
import { type FailedItem, itemFailure, type ItemFailure, type PreparedItem } from './prepare-item.ts';
import { articleUrl, storyUrl } from './story-url.ts';
import type { WireIngestDeps } from './wire-ingest-deps.ts';
import { rejectedResult, type WireIngestResult } from './wire-ingest-result.ts';

export interface GroupEntry {
  readonly prepared: PreparedItem | FailedItem;
  /** The document it came in, kept on the receipt. */
  readonly documentHash: string | null;
  /**
   * Set on the last item of a document: the document is remembered in the
   * same savepoint when every item of it went in, so a repeat of it is
   * answered without parsing.
   */
  readonly rememberDocument: { readonly hash: string; readonly items: readonly WireDocumentItem[] } | null;
}

type Outcome = { readonly applied: AppliedVersion; readonly url: string | null } | { readonly failure: ItemFailure };

/**
 * Items applied together: one transaction for the group and a savepoint
 * for each item in it, so an item that fails is rolled back alone and
 * rejected with its reason (its receipt says why) while the others go in.
 * The group commits once, which costs far less than a commit per item, and
 * results are given only after that commit: nothing is reported stored
 * that a crash could still lose. When the commit itself fails, nothing of
 * the group is stored and every item is rejected as retryable.
 *
 * `uncleanDocuments` collects the hashes of documents with a rejected
 * item, across groups: such a document is not remembered.
 */
export async function applyItemGroup(deps: WireIngestDeps, entries: readonly GroupEntry[], uncleanDocuments: Set<string>): Promise<WireIngestResult[]> {
  const { store } = deps.ctx;
  const now = deps.ctx.now();
  let outcomes: Outcome[] = [];
  try {
    await store.transaction(async (trx) => {
      outcomes = [];
      await holdSearchIndexing(trx, store.dialect);
      for (const entry of entries) outcomes.push(await applyEntry(deps, trx, entry, uncleanDocuments, now));
      await indexHeldSearchDocuments(trx, store.dialect);
    });
  } catch (error) {
    // Their documents are not whole in the store: none of them may be remembered by a later group.
    for (const entry of entries) if (entry.documentHash) uncleanDocuments.add(entry.documentHash);
    return rejectGroup(deps, entries, error);
  }
  const results: WireIngestResult[] = [];
  for (const [i, outcome] of outcomes.entries()) {
    const { ids } = entries[i].prepared;
    if ('failure' in outcome) {
      results.push(rejectedResult(outcome.failure.reason, ids, outcome.failure.retryable));
      continue;
    }
    const { applied, url } = outcome;
    try {
      await deps.ctx.bus.publish(applied.events);
    } catch (error) {
      deps.ctx.logger.error({ err: error, guid: ids.guid }, 'a stored wire item could not be announced');
    }
    await releaseOriginals(deps, applied.freedStorageKeys);
    results.push(Object.freeze({ ...ids, action: applied.action, url, problems: Object.freeze([...applied.problems]) }));
  }
  return results;
}

async function applyEntry(deps: WireIngestDeps, trx: Executor, entry: GroupEntry, unclean: Set<string>, now: Date): Promise<Outcome> {
  const { prepared } = entry;
  const reject = async (failure: ItemFailure): Promise<Outcome> => {
    if (entry.documentHash) unclean.add(entry.documentHash);
    // The rejection's receipt when the store takes it; a store that refuses it too must not take the group down.
    await sql`savepoint wire_rejection`.execute(trx);
    try {
      await insertRejection(trx, prepared.item, failure.reason, prepared.sourceName, entry.documentHash, now);
      await sql`release savepoint wire_rejection`.execute(trx);
    } catch (error) {
      await sql`rollback to savepoint wire_rejection`.execute(trx);
      await sql`release savepoint wire_rejection`.execute(trx);
      deps.ctx.logger.warn({ err: error, guid: prepared.ids.guid }, 'could not record a wire rejection');
    }
    return { failure };
  };
  if ('failure' in prepared) return reject(prepared.failure);
  await sql`savepoint wire_item`.execute(trx);
  try {
    const applied = await prepared.apply(trx, now);
    const url = !applied.article
      ? null
      : applied.sectionPath !== undefined
        ? storyUrl(applied.article.status, applied.sectionPath, applied.article.slug)
        : await articleUrl(trx, applied.article);
    const { item } = prepared;
    await insertWireReceipt(trx, {
      ...prepared.ids, etag: item.etag, receivedAt: now, action: applied.action, articleId: applied.article?.id ?? null, item,
      source: prepared.sourceName, problems: [...applied.problems, ...prepared.warnings.map((w) => `parse: ${w}`)], documentHash: entry.documentHash,
    });
    const remember = entry.rememberDocument;
    if (remember && !unclean.has(remember.hash)) await rememberWireDocument(trx, remember.hash, remember.items, now);
    await sql`release savepoint wire_item`.execute(trx);
    return { applied, url };
  } catch (error) {
    await sql`rollback to savepoint wire_item`.execute(trx);
    await sql`release savepoint wire_item`.execute(trx);
    return reject(itemFailure(deps, prepared.item, error));
  }
}

/** The group did not commit: each item is rejected, and its rejection recorded when the store still answers. */
async function rejectGroup(deps: WireIngestDeps, entries: readonly GroupEntry[], error: unknown): Promise<WireIngestResult[]> {
  const results: WireIngestResult[] = [];
  for (const entry of entries) {
    const { prepared } = entry;
    const failure = 'failure' in prepared ? prepared.failure : itemFailure(deps, prepared.item, error);
    try {
      await insertRejection(deps.ctx.store.db, prepared.item, failure.reason, prepared.sourceName, entry.documentHash, deps.ctx.now());
    } catch (recordError) {
      deps.ctx.logger.warn({ err: recordError, guid: prepared.ids.guid }, 'could not record a wire rejection');
    }
    results.push(rejectedResult(failure.reason, prepared.ids, failure.retryable));
  }
  return results;
}

function insertRejection(db: Executor, item: WireItem, reason: string, source: string | null, documentHash: string | null, now: Date): Promise<void> {
  return insertWireReceipt(db, {
    provider: item.provider, guid: item.guid, version: item.version, etag: item.etag, receivedAt: now, action: 'rejected',
    articleId: null, item, source, problems: [reason], documentHash,
  });
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
