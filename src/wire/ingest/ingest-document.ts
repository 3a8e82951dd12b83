import { createHash } from 'node:crypto';
import type { WireSource } from '../../domain/wire-source.ts';
import { findWireDocument } from '../../store/repositories/wire-document-repository.ts';
import { parseWireDocument } from '../parse/parse-wire-document.ts';
import { applyItemGroup, type GroupEntry } from './apply-item-group.ts';
import { prepareItem } from './prepare-item.ts';
import { storyUrl } from './story-url.ts';
import type { WireIngestDeps } from './wire-ingest-deps.ts';
import { rejectedResult, type WireIngestResult } from './wire-ingest-result.ts';

export interface IngestDocumentOptions {
  /** The source the document arrived through; otherwise each item uses the source configured for its provider. */
  readonly source?: WireSource | null;
}

export interface WireDocumentInput extends IngestDocumentOptions {
  readonly text: string;
}

/** Items applied in one transaction, each in a savepoint of its own (`applyItemGroup`). */
export const ITEMS_PER_GROUP = 100;

export function documentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** One wire document: `ingestDocuments` for a single one. */
export async function ingestDocument(deps: WireIngestDeps, text: string, options: IngestDocumentOptions = {}): Promise<WireIngestResult[]> {
  const [results] = await ingestDocuments(deps, [{ text, source: options.source ?? null }]);
  return results;
}

interface DocumentState {
  readonly results: (WireIngestResult | null)[];
  pending: number;
}

/**
 * Wire documents (any supported format, recognised from content), in
 * order: one result per item, in document order. Never throws for a bad
 * document; a bad item is rejected with its reason and the others go on.
 *
 * Items are applied in groups of up to `ITEMS_PER_GROUP`, across documents:
 * each item atomically inside its own savepoint, each group in one
 * transaction. `onDocument` hears each document's results, in order, as
 * soon as the group holding its last item has committed.
 *
 * A document already ingested with no rejection is answered from the store
 * without parsing: every item in it is `unchanged` (its version is at most
 * the stored one), so feeds that repeat themselves cost a lookup.
 */
export async function ingestDocuments(
  deps: WireIngestDeps,
  documents: readonly WireDocumentInput[],
  onDocument?: (index: number, results: WireIngestResult[]) => void,
): Promise<WireIngestResult[][]> {
  const states: DocumentState[] = [];
  const unclean = new Set<string>();
  let group: { entry: GroupEntry; state: DocumentState; slot: number }[] = [];
  let reported = 0;
  const report = () => {
    for (; reported < states.length && states[reported].pending === 0; reported++) onDocument?.(reported, states[reported].results as WireIngestResult[]);
  };
  const applyGroup = async () => {
    const applying = group;
    group = [];
    const results = await applyItemGroup(deps, applying.map((g) => g.entry), unclean);
    for (const [i, { state, slot }] of applying.entries()) {
      state.results[slot] = results[i];
      state.pending -= 1;
    }
    report();
  };

  for (const { text, source = null } of documents) {
    const state: DocumentState = { results: [], pending: 0 };
    states.push(state);
    const hash = documentHash(text);
    const repeat = await answerRepeat(deps, hash);
    if (repeat) {
      state.results.push(...repeat);
      report();
      continue;
    }
    const parsed = parseWireDocument(text, { schemaValidator: deps.schemaValidator });
    const items = parsed.flatMap((p) => (p.ok ? [{ provider: p.item.provider, guid: p.item.guid, version: p.item.version }] : []));
    if (items.length < parsed.length) unclean.add(hash);
    for (const [i, p] of parsed.entries()) {
      if (!p.ok) {
        state.results.push(rejectedResult(p.error, { guid: p.guid, version: p.version }));
        continue;
      }
      const prepared = await prepareItem(deps, p.item, p.warnings ?? [], source);
      const last = i === parsed.length - 1;
      group.push({ entry: { prepared, documentHash: hash, rememberDocument: last ? { hash, items } : null }, state, slot: state.results.length });
      state.results.push(null);
      state.pending += 1;
      if (group.length >= ITEMS_PER_GROUP) await applyGroup();
    }
    report();
  }
  if (group.length > 0) await applyGroup();
  return states.map((s) => s.results as WireIngestResult[]);
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
