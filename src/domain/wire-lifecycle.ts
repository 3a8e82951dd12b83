import type { ArticleStatus } from './article.ts';

/**
 * Glossary. A wire item is known by provider + guid forever; each delivery
 * is a version. *newer* versions replace the wire-owned fields; *older* or
 * *same* ones change nothing (feeds arrive out of order and repeat).
 * *withheld* takes a story off the site for now; *canceled* (a kill) removes
 * it for good. *held* means stored as a draft for an editor to decide.
 */
export type WireAction = 'created' | 'updated' | 'unchanged' | 'embargoed' | 'withheld' | 'killed' | 'rejected';

export type WireStatus = 'usable' | 'withheld' | 'canceled';

/** `publish`: usable stories go live by themselves. `hold`: they wait as drafts for an editor. */
export type WirePolicy = 'publish' | 'hold';

export interface WireVersionFacts {
  /** Numeric version, or null when the item has none. */
  readonly version: number | null;
  /** A provider change marker (AP's etag): a new one replaces even at the same version. */
  readonly etag: string | null;
  readonly versionCreated: Date | null;
}

export type VersionOrder = 'newer' | 'same' | 'older';

/**
 * Orders an incoming version against the stored one: numerically when both
 * have numbers, by `versionCreated` otherwise. At an equal number a changed
 * etag counts as newer (AP changes it when media or renditions are added).
 * With nothing to compare, a repeat is assumed: never overwrite on a guess.
 */
export function compareWireVersions(incoming: WireVersionFacts, stored: WireVersionFacts): VersionOrder {
  if (incoming.version !== null && stored.version !== null) {
    if (incoming.version > stored.version) return 'newer';
    if (incoming.version < stored.version) return 'older';
    return incoming.etag !== null && stored.etag !== null && incoming.etag !== stored.etag ? 'newer' : 'same';
  }
  if (incoming.versionCreated !== null && stored.versionCreated !== null) {
    const a = incoming.versionCreated.getTime();
    const b = stored.versionCreated.getTime();
    if (a > b) return 'newer';
    if (a < b) return 'older';
  }
  return 'same';
}

/** What the store already holds for the key, or null for an unknown item. */
export interface StoredWireState extends WireVersionFacts {
  readonly pubStatus: WireStatus;
  /** The story's status now, or null when no story was stored (a first delivery that was withheld or killed). */
  readonly articleStatus: ArticleStatus | null;
  /** The status the ingest last gave the story. */
  readonly ingestStatus: ArticleStatus | null;
}

export interface IncomingWireStory extends WireVersionFacts {
  readonly pubStatus: WireStatus;
  /** False for newsroom information (AP advisories, daybooks): stored, never published. */
  readonly publishable: boolean;
  readonly embargoUntil: Date | 'indefinite' | null;
  /** The text could not be completed (its body could not be fetched): hold it rather than publish a shell. */
  readonly incomplete: boolean;
}

/** What to do with a story version. */
export type WirePlan =
  | { readonly kind: 'ignore'; readonly action: 'unchanged'; readonly reason: 'older' | 'same' | 'killed' }
  /** Keep the version on record only: there is no story to change. */
  | { readonly kind: 'record'; readonly action: 'withheld' | 'killed' }
  | { readonly kind: 'kill'; readonly action: 'killed' }
  | { readonly kind: 'withhold'; readonly action: 'withheld' }
  /**
   * Create or update the story. `status` is the status to set, or null to
   * leave an editor's decision standing.
   */
  | {
      readonly kind: 'store';
      readonly create: boolean;
      readonly status: 'published' | 'draft' | null;
      readonly action: 'created' | 'updated' | 'embargoed';
    };

/**
 * The lifecycle of one story version (wire-formats.md §2), as a pure
 * function of what arrived, what is stored, the source's policy and now.
 */
export function planWireStory(incoming: IncomingWireStory, stored: StoredWireState | null, policy: WirePolicy, now: Date): WirePlan {
  if (stored !== null) {
    const order = compareWireVersions(incoming, stored);
    if (order !== 'newer') return { kind: 'ignore', action: 'unchanged', reason: order };
    // A kill is terminal: only an editor may bring the story back.
    if (stored.pubStatus === 'canceled' || stored.articleStatus === 'killed') return { kind: 'ignore', action: 'unchanged', reason: 'killed' };
  }
  const hasStory = stored !== null && stored.articleStatus !== null;
  if (incoming.pubStatus === 'canceled') return hasStory ? { kind: 'kill', action: 'killed' } : { kind: 'record', action: 'killed' };
  if (incoming.pubStatus === 'withheld') return hasStory ? { kind: 'withhold', action: 'withheld' } : { kind: 'record', action: 'withheld' };

  const wanted = wantedStatus(incoming, policy);
  // When the story's status is no longer the one the ingest set, an editor decided it; that decision stands.
  const editorOwns = hasStory && stored.articleStatus !== stored.ingestStatus;
  const embargoed =
    incoming.embargoUntil === 'indefinite' || (incoming.embargoUntil !== null && incoming.embargoUntil.getTime() > now.getTime());
  return { kind: 'store', create: !hasStory, status: editorOwns ? null : wanted, action: embargoed ? 'embargoed' : hasStory ? 'updated' : 'created' };
}

/** The status a usable story version asks for under the source's policy. */
function wantedStatus(incoming: IncomingWireStory, policy: WirePolicy): 'published' | 'draft' {
  // Held with no time (an empty G2 <embargoed/>) waits for an editor, as do items that are not news content.
  if (!incoming.publishable || incoming.embargoUntil === 'indefinite' || incoming.incomplete) return 'draft';
  return policy === 'publish' ? 'published' : 'draft';
}

/**
 * An update that drops or shortens an embargo still in force could let a
 * story out early by mistake: the newest time governs, but an editor is told.
 */
export function embargoAlert(previous: Date | null, next: Date | 'indefinite' | null, now: Date): string | null {
  if (previous === null || previous.getTime() <= now.getTime() || next === 'indefinite') return null;
  if (next === null) return `the update drops an embargo still in force until ${previous.toISOString()}`;
  if (next.getTime() < previous.getTime()) {
    return `the update shortens an embargo still in force from ${previous.toISOString()} to ${next.toISOString()}`;
  }
  return null;
}

/**
 * The public "Updated" time of a new version: its `versionCreated`, unless
 * that would not move the time forward or lies in the future (clocks differ),
 * then the moment it arrived.
 */
export function wireUpdatedAt(versionCreated: Date | null, previous: Date | null, now: Date): Date {
  const floor = previous?.getTime() ?? Number.NEGATIVE_INFINITY;
  if (versionCreated === null) return now;
  const t = versionCreated.getTime();
  return t > floor && t <= now.getTime() ? versionCreated : now;
}

/** What to do with a picture item (a photo delivered on its own, or a kill of one). */
export type WirePicturePlan =
  | { readonly kind: 'ignore'; readonly action: 'unchanged' }
  /** Take it out of every story that shows it; `canceled` also bars it for good. */
  | { readonly kind: 'remove'; readonly action: 'killed' | 'withheld' }
  | { readonly kind: 'store'; readonly action: 'created' | 'updated' };

export function planWirePicture(
  incoming: WireVersionFacts & { readonly pubStatus: WireStatus },
  stored: (WireVersionFacts & { readonly pubStatus: WireStatus }) | null,
): WirePicturePlan {
  if (stored !== null && (compareWireVersions(incoming, stored) !== 'newer' || stored.pubStatus === 'canceled')) {
    return { kind: 'ignore', action: 'unchanged' };
  }
  if (incoming.pubStatus === 'canceled') return { kind: 'remove', action: 'killed' };
  if (incoming.pubStatus === 'withheld') return { kind: 'remove', action: 'withheld' };
  return { kind: 'store', action: stored === null || stored.pubStatus !== 'usable' ? 'created' : 'updated' };
}

/**
 * The public note for a version the agency flags as a correction (G2
 * `sig:correction`). The agency explains the fix only in its editor's note,
 * which is never published, so readers get this neutral line: a newsroom
 * does not hide that it corrected a story. An editor may replace it with
 * words of their own.
 */
export const WIRE_CORRECTION_NOTE = 'This story has been corrected.';
