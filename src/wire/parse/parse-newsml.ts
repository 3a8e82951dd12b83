import type { WireParseResult, WirePubStatus } from '../wire-item.ts';
import { buildWireItem, type WireItemDraft, type WirePictureDraft } from './build-wire-item.ts';
import { embargo, newsmlVersion, pubStatusCode, readNewsItem } from './newsml-item.ts';
import { readPackageRefs, type PackageRef } from './newsml-package.ts';
import { parsePubStatus, stricterStatus } from './parse-pub-status.ts';
import { rejected, rejectOnError, WireItemError } from './wire-item-error.ts';
import { attr, childElements, firstChild, type XmlElement } from './xml-tree.ts';

/** A newsItem read on its own, before packages group it. */
type ItemOutcome =
  | { readonly ok: true; readonly draft: WireItemDraft; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly result: WireParseResult };

const STORY_TYPES: ReadonlySet<string> = new Set(['text', 'composite']);
const PICTURE_TYPES: ReadonlySet<string> = new Set(['picture', 'graphic']);

/**
 * A NewsML-G2 document: a `newsMessage` with any number of items, or one
 * `newsItem` / `packageItem`. A package that ties a story to its photos
 * yields the story with the photos in `pictures`; the photos are not
 * repeated as items of their own. One result per item otherwise, in
 * document order.
 */
export function parseNewsml(root: XmlElement): WireParseResult[] {
  if (root.local !== 'newsMessage' && root.local !== 'newsItem' && root.local !== 'packageItem') {
    return [rejected(`NewsML-G2 fragment <${root.local}> is not an item: it has no guid`)];
  }
  const items = root.local === 'newsMessage' ? childElements(firstChild(root, 'itemSet')) : [root];
  const outcomes = new Map<XmlElement, ItemOutcome>();
  const byGuid = new Map<string, XmlElement>();
  for (const el of items.filter((i) => i.local === 'newsItem')) {
    outcomes.set(el, readItem(el));
    const guid = attr(el, 'guid')?.trim();
    if (guid) byGuid.set(guid, el);
  }
  const consumed = new Set<XmlElement>();
  const packageResults = new Map<XmlElement, WireParseResult>();
  for (const pkg of items.filter((i) => i.local === 'packageItem')) {
    const failure = groupPackage(pkg, byGuid, outcomes, consumed);
    if (failure) packageResults.set(pkg, failure);
  }
  return items.flatMap((el): WireParseResult[] => {
    if (el.local === 'packageItem') return packageResults.has(el) ? [packageResults.get(el)!] : [];
    if (el.local !== 'newsItem') {
      return [rejected(`unsupported NewsML-G2 item <${el.local}>`, attr(el, 'guid') ?? null)];
    }
    if (consumed.has(el)) return [];
    const outcome = outcomes.get(el)!;
    if (!outcome.ok) return [outcome.result];
    return [rejectOnError(() => buildWireItem(outcome.draft, outcome.warnings), outcome.draft.guid, outcome.draft.version)];
  });
}

function readItem(el: XmlElement): ItemOutcome {
  const warnings: string[] = [];
  const guid = attr(el, 'guid')?.trim() || null;
  try {
    return { ok: true, draft: readNewsItem(el, warnings), warnings };
  } catch (error) {
    if (!(error instanceof WireItemError)) throw error;
    return { ok: false, result: rejected(error.message, error.guid ?? guid, error.version) };
  }
}

/**
 * Attaches a package's pictures to its story. Returns a rejection for the
 * package when it cannot be resolved in this document; otherwise the story's
 * outcome is replaced and the pictures are marked as consumed.
 */
function groupPackage(
  pkg: XmlElement,
  byGuid: ReadonlyMap<string, XmlElement>,
  outcomes: Map<XmlElement, ItemOutcome>,
  consumed: Set<XmlElement>,
): WireParseResult | null {
  const guid = attr(pkg, 'guid')?.trim() || null;
  const label = guid === null ? 'packageItem (no guid)' : `packageItem ${guid}`;
  const packageWarnings: string[] = [];
  const version = newsmlVersion(pkg, packageWarnings);
  const refs = readPackageRefs(pkg);
  const storyRef = refs.find((ref) => {
    const el = byGuid.get(ref.residref);
    const outcome = el && outcomes.get(el);
    return outcome?.ok === true && STORY_TYPES.has(outcome.draft.type);
  });
  if (!storyRef) {
    const listed = refs.map((r) => r.residref).join(', ') || 'nothing';
    return rejected(`${label} references ${listed}, but no complete text item among them is in this document`, guid, version);
  }
  const storyEl = byGuid.get(storyRef.residref)!;
  const story = outcomes.get(storyEl) as Extract<ItemOutcome, { ok: true }>;
  const warnings = [...story.warnings, ...packageWarnings];
  const pictures: WirePictureDraft[] = [];
  for (const ref of refs.filter((r) => r !== storyRef)) {
    const el = byGuid.get(ref.residref);
    const outcome = el && outcomes.get(el);
    if (el && outcome?.ok && PICTURE_TYPES.has(outcome.draft.type)) {
      pictures.push(pictureFromItem(ref, outcome.draft));
      warnings.push(...outcome.warnings);
      consumed.add(el);
    } else if (!el && PICTURE_TYPES.has(ref.itemClass ?? '')) {
      const picture = pictureFromRef(ref, warnings);
      if (picture) pictures.push(picture);
    }
  }
  try {
    // The package's own status and embargo bind its story too: strict on status.
    const status = parsePubStatus(pubStatusCode(firstChild(pkg, 'itemMeta')), `${label} pubStatus`);
    const held = embargo(firstChild(firstChild(pkg, 'itemMeta'), 'embargoed'), (m) => new WireItemError(`${label}: ${m}`));
    const draft: WireItemDraft = {
      ...story.draft,
      pubStatus: stricterStatus(story.draft.pubStatus, status),
      embargoUntil: laterEmbargo(story.draft.embargoUntil, held),
      pictures: [...story.draft.pictures, ...pictures],
    };
    outcomes.set(storyEl, { ok: true, draft, warnings });
  } catch (error) {
    if (!(error instanceof WireItemError)) throw error;
    outcomes.set(storyEl, { ok: false, result: rejected(error.message, story.draft.guid, story.draft.version) });
  }
  return null;
}

function pictureFromItem(ref: PackageRef, draft: WireItemDraft): WirePictureDraft {
  return {
    name: ref.name,
    guid: draft.guid,
    version: draft.version,
    pubStatus: draft.pubStatus,
    type: draft.type,
    headline: draft.headline,
    caption: draft.caption,
    credit: draft.credit,
    alt: null,
    copyrightNotice: draft.copyrightNotice,
    renditions: draft.renditions,
  };
}

/** A picture known only from the package's itemRef: no renditions until the item itself arrives. */
function pictureFromRef(ref: PackageRef, warnings: string[]): WirePictureDraft | null {
  let pubStatus: WirePubStatus;
  try {
    pubStatus = parsePubStatus(ref.pubStatus, `itemRef ${ref.residref} pubStatus`);
  } catch (error) {
    if (!(error instanceof WireItemError)) throw error;
    warnings.push(`${error.message}; picture dropped`);
    return null;
  }
  return {
    name: ref.name,
    guid: ref.residref,
    version: ref.version,
    pubStatus,
    type: ref.itemClass ?? 'picture',
    headline: ref.title,
    caption: ref.caption,
    credit: null,
    alt: null,
    copyrightNotice: null,
    renditions: [],
  };
}

function laterEmbargo(a: Date | 'indefinite' | null, b: Date | 'indefinite' | null): Date | 'indefinite' | null {
  if (a === 'indefinite' || b === 'indefinite') return 'indefinite';
  if (a === null || b === null) return a ?? b;
  return a.getTime() >= b.getTime() ? a : b;
}
