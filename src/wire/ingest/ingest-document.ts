import { createHash } from 'node:crypto';
import type { WireSource } from '../../domain/wire-source.ts';
import { findWireDocument } from '../../store/repositories/wire-document-repository.ts';
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
  const parsed = parseWireDocument(text, { schemaValidator: deps.schemaValidator });
  const items = parsed.flatMap((p) => (p.ok ? [{ provider: p.item.provider, guid: p.item.guid, version: p.item.version }] : []));
  const results: WireIngestResult[] = [];
  for (const [i, p] of parsed.entries()) {
    if (!p.ok) {
      results.push(rejectedResult(p.error, { guid: p.guid, version: p.version }));
      continue;
    }
    const last = i === parsed.length - 1;
    const clean = items.length === parsed.length && results.every((r) => r.action !== 'rejected');
    results.push(
      await ingestItem(deps, p.item, p.warnings ?? [], {
        source: options.source ?? null, documentHash: hash, rememberDocument: last && clean ? { hash, items } : null,
      }),
    );
  }
  return results;
}

async function answerRepeat(deps: WireIngestDeps, hash: string): Promise<WireIngestResult[] | null> {
  const items = await findWireDocument(deps.ctx.store.db, hash);
  if (items === null) return null;
  return items.map((i) =>
    Object.freeze({
      provider: i.provider, guid: i.guid, version: i.version, action: 'unchanged' as const,
      url: i.story ? storyUrl(i.story.status, i.story.sectionPath, i.story.slug) : null, problems: [],
    }),
  );
}
