import { createHash } from 'node:crypto';
import type { WireSource } from '../../domain/wire-source.ts';
import { findWireDocument } from '../../store/repositories/wire-document-repository.ts';
import type { WireDocumentParser } from '../parse/parse-pool.ts';
import { parseWireDocument } from '../parse/parse-wire-document.ts';
import type { WireParseResult } from '../wire-item.ts';
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

export interface IngestDocumentsOptions {
  /** Hears each document's results, in order, as soon as the group holding its last item has committed. */
  readonly onDocument?: (index: number, results: WireIngestResult[]) => void;
  /** Parses documents elsewhere (a `WireParsePool`); by default each is parsed here when its turn comes. */
  readonly parse?: WireDocumentParser;
}

/** Documents staged ahead of the one being stored (checked for repeats, sent to be parsed), so parsing threads have work while a group is stored. */
const PARSE_AHEAD = ITEMS_PER_GROUP + 28;

type Staged = { readonly hash: string; readonly repeat: WireIngestResult[] } | { readonly hash: string; readonly parsed: Promise<WireParseResult[]> };

/**
 * Wire documents (any supported format, recognised from content), in
 * order: one result per item, in document order. Never throws for a bad
 * document; a bad item is rejected with its reason and the others go on.
 *
 * Items are applied in groups of up to `ITEMS_PER_GROUP`, across documents:
 * each item atomically inside its own savepoint, each group in one
 * transaction (`applyItemGroup`).
 *
 * A document already ingested with no rejection is answered from the store
 * without parsing: every item in it is `unchanged` (its version is at most
 * the stored one), so feeds that repeat themselves cost a lookup.
 */
export async function ingestDocuments(
  deps: WireIngestDeps,
  documents: readonly WireDocumentInput[],
  options: IngestDocumentsOptions = {},
): Promise<WireIngestResult[][]> {
  const states: DocumentState[] = [];
  const unclean = new Set<string>();
  let group: { entry: GroupEntry; state: DocumentState; slot: number }[] = [];
  let reported = 0;
  const report = () => {
    for (; reported < states.length && states[reported].pending === 0; reported++) options.onDocument?.(reported, states[reported].results as WireIngestResult[]);
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
  const parseHere: WireDocumentParser = async (text) => parseWireDocument(text, { schemaValidator: deps.schemaValidator });
  const parse = options.parse ?? parseHere;
  let parsedHere = false;
  const stage = async (text: string): Promise<Staged> => {
    const hash = documentHash(text);
    const repeat = await answerRepeat(deps, hash);
    if (repeat) return { hash, repeat };
    const parsed = parse(text);
    // Awaited in turn below; marked handled so a failure waiting its turn is not reported as unhandled.
    parsed.catch(() => {});
    return { hash, parsed };
  };
  const ahead: Promise<Staged>[] = [];
  let staged = 0;
  const topUp = async () => {
    const fresh: Promise<Staged>[] = [];
    while (staged < documents.length && ahead.length < (options.parse ? PARSE_AHEAD : 1)) {
      const next = stage(documents[staged++].text);
      next.catch(() => {});
      ahead.push(next);
      fresh.push(next);
    }
    // Repeat checks answered (and parses started) before a group's transaction takes the store.
    await Promise.allSettled(fresh);
  };

  for (const { source = null } of documents) {
    await topUp();
    const state: DocumentState = { results: [], pending: 0 };
    states.push(state);
    const next = (await ahead.shift()) as Staged;
    const { hash } = next;
    if ('repeat' in next) {
      state.results.push(...next.repeat);
      report();
      continue;
    }
    let parsed: WireParseResult[];
    try {
      parsed = await next.parsed;
    } catch (error) {
      // The parsing threads failed (they never fail for a bad document): this one is parsed here.
      if (!parsedHere) deps.ctx.logger.warn({ err: error }, 'wire parsing threads failed; parsing on the main thread');
      parsedHere = true;
      parsed = await parseHere(documents[states.length - 1].text);
    }
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
      if (group.length >= ITEMS_PER_GROUP) {
        await topUp();
        await applyGroup();
      }
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
