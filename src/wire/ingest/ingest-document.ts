import { createHash } from 'node:crypto';
import type { WireSource } from '../../domain/wire-source.ts';
import { findWireDocument, rememberWireDocument, wireStoryLocations } from '../../store/repositories/wire-document-repository.ts';
import { parseWireDocument } from '../parse/parse-wire-document.ts';
import { ingestItem } from './ingest-item.ts';
import { storyUrl } from './story-url.ts';
import type { WireIngestDeps } from './wire-ingest-deps.ts';
import { rejectedResult, type WireIngestResult } from './wire-ingest-result.ts';

export interface IngestDocumentOptions {
  /** The source the document arrived through; otherwise each item uses the source configured for its provider. */
  readonly source?: WireSource | null;
}

export function documentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * One wire document (any supported format, recognised from content): one
 * result per item, in document order. Each item is ingested in its own
 * transaction, so a bad item is rejected with its reason and the others go
 * on. Never throws for a bad document.
 *
 * A document already ingested with no rejection is answered from the store
 * without parsing: every item in it is `unchanged` (its version is at most
 * the stored one), so feeds that repeat themselves cost a lookup.
 */
export async function ingestDocument(deps: WireIngestDeps, text: string, options: IngestDocumentOptions = {}): Promise<WireIngestResult[]> {
  const hash = documentHash(text);
  const repeat = await answerRepeat(deps, hash);
  if (repeat) return repeat;
  const results: WireIngestResult[] = [];
  for (const parsed of parseWireDocument(text, { schemaValidator: deps.schemaValidator })) {
    if (!parsed.ok) {
      results.push(rejectedResult(parsed.error, { guid: parsed.guid, version: parsed.version }));
      continue;
    }
    results.push(await ingestItem(deps, parsed.item, parsed.warnings ?? [], { source: options.source ?? null, documentHash: hash }));
  }
  if (results.length > 0 && results.every((r) => r.action !== 'rejected')) {
    const items = results.map((r) => ({ provider: r.provider!, guid: r.guid!, version: r.version }));
    try {
      await rememberWireDocument(deps.ctx.store.db, hash, items, deps.ctx.now());
    } catch (error) {
      // Only a shortcut for repeats is lost; the items themselves are stored.
      deps.ctx.logger.warn({ err: error }, 'could not remember a wire document');
    }
  }
  return results;
}

async function answerRepeat(deps: WireIngestDeps, hash: string): Promise<WireIngestResult[] | null> {
  const db = deps.ctx.store.db;
  const items = await findWireDocument(db, hash);
  if (items === null) return null;
  const stories = await wireStoryLocations(db, items);
  return items.map((i) => {
    const story = stories.get(`${i.provider}\u0000${i.guid}`);
    return Object.freeze({
      provider: i.provider, guid: i.guid, version: i.version, action: 'unchanged' as const,
      url: story ? storyUrl(story.status, story.sectionPath, story.slug) : null, problems: [],
    });
  });
}
