import { plainText } from '../../domain/sanitize-html.ts';
import type {
  WireFormat,
  WireItem,
  WireParseResult,
  WirePicture,
  WirePubStatus,
  WireRendition,
  WireSubject,
} from '../wire-item.ts';
import { bodyHasDateline } from './body-has-dateline.ts';
import { orderPictures } from './order-pictures.ts';
import { parseDatelinePlace } from './parse-dateline.ts';
import { prepareWireBody, type InlineImage } from './prepare-wire-body.ts';
import type { WireBody } from './wire-body.ts';
import { WireItemError } from './wire-item-error.ts';

/** A picture as a parser read it; text fields are raw until `buildWireItem` cleans them. */
export interface WirePictureDraft {
  readonly name: string;
  readonly guid: string | null;
  readonly version: number | null;
  readonly pubStatus: WirePubStatus;
  readonly type: string;
  readonly headline: string | null;
  readonly caption: string | null;
  readonly credit: string | null;
  readonly alt: string | null;
  readonly copyrightNotice: string | null;
  readonly renditions: readonly WireRendition[];
}

/**
 * What every format parser fills in. Times, status, ids and renditions are
 * final; text fields are raw (they may hold markup or entities) and the body
 * is as delivered. `buildWireItem` applies the rules common to all formats.
 */
export interface WireItemDraft {
  readonly format: WireFormat;
  readonly provider: string;
  readonly guid: string;
  readonly version: number | null;
  readonly etag: string | null;
  readonly type: string;
  readonly pubStatus: WirePubStatus;
  readonly publishable: boolean;
  readonly isCorrection: boolean;
  readonly headline: string | null;
  readonly dek: string | null;
  readonly byline: string | null;
  /** Dateline text as delivered ("MOSCOW, Monday (Reuters)"), or the located place name. */
  readonly dateline: string | null;
  readonly body: WireBody | null;
  readonly language: string | null;
  readonly firstCreated: Date | null;
  readonly versionCreated: Date | null;
  readonly embargoUntil: Date | 'indefinite' | null;
  readonly expires: Date | null;
  readonly copyrightNotice: string | null;
  readonly copyrightHolder: string | null;
  /** Each term as delivered; joined one per line (AP sends an array, G2 may repeat rightsInfo). */
  readonly usageTerms: readonly string[];
  readonly subjects: readonly WireSubject[];
  readonly pictures: readonly WirePictureDraft[];
  readonly renditions: readonly WireRendition[];
  readonly caption: string | null;
  readonly credit: string | null;
  /** Editor's notes as delivered (G2 may carry several); joined one per line. */
  readonly edNotes: readonly string[];
  readonly slugline: string | null;
  readonly urgency: number | null;
}

const STORY_TYPES: ReadonlySet<string> = new Set(['text', 'composite']);
const PICTURE_TYPES: ReadonlySet<string> = new Set(['picture', 'graphic']);

/** Finishes a draft into a frozen WireItem; throws WireItemError when the item cannot be ingested. */
export function buildWireItem(draft: WireItemDraft, warnings: readonly string[]): WireParseResult {
  const headline = text(draft.headline);
  const dek = text(draft.dek);
  const live = draft.pubStatus === 'usable';
  if (live && STORY_TYPES.has(draft.type) && headline === null) {
    throw new WireItemError(`${draft.type} item has no headline`, draft.guid, draft.version);
  }
  const body = prepareWireBody(draft.body, { headline, dek });
  const hasContent = headline !== null || body.html !== '' || draft.renditions.length > 0 || draft.pictures.length > 0;
  if (live && !hasContent) {
    throw new WireItemError(`${draft.type} item has no headline, body or renditions`, draft.guid, draft.version);
  }
  const datelinePlace = parseDatelinePlace(text(draft.dateline));
  const inline = new Map(body.inlineImages.map((image) => [image.assocRef, image]));
  const pictures = orderPictures(draft.pictures.filter((p) => PICTURE_TYPES.has(p.type))).map((p) =>
    finishPicture(p, inline.get(p.name)),
  );
  const item: WireItem = {
    format: draft.format,
    provider: draft.provider,
    guid: draft.guid,
    version: draft.version,
    etag: draft.etag,
    type: draft.type,
    pubStatus: draft.pubStatus,
    publishable: draft.publishable,
    isCorrection: draft.isCorrection,
    headline: headline ?? '',
    dek,
    byline: text(draft.byline),
    datelinePlace,
    bodyHtml: body.html,
    bodyHasDateline: body.html !== '' && bodyHasDateline(body.html, datelinePlace, body.datelineMarked),
    language: text(draft.language),
    firstCreated: draft.firstCreated,
    versionCreated: draft.versionCreated,
    embargoUntil: draft.embargoUntil,
    expires: draft.expires,
    copyrightNotice: text(draft.copyrightNotice),
    copyrightHolder: text(draft.copyrightHolder),
    usageTerms: lines(draft.usageTerms),
    subjects: Object.freeze(uniqueSubjects(draft.subjects)),
    pictures: Object.freeze(pictures),
    renditions: Object.freeze([...draft.renditions]),
    caption: text(draft.caption),
    credit: text(draft.credit),
    edNote: lines(draft.edNotes),
    slugline: text(draft.slugline),
    urgency: draft.urgency,
  };
  return { ok: true, item: Object.freeze(item), warnings: Object.freeze([...warnings]) };
}

/** Alt text and credit the body gives its figure fill in what the association lacks. */
function finishPicture(p: WirePictureDraft, inline: InlineImage | undefined): WirePicture {
  return Object.freeze({
    name: p.name,
    guid: p.guid,
    version: p.version,
    pubStatus: p.pubStatus,
    headline: text(p.headline),
    caption: text(p.caption),
    // Kept even when the caption already ends with it; the renderer decides.
    credit: text(p.credit) ?? text(inline?.credit ?? null),
    alt: text(p.alt) ?? text(inline?.alt ?? null),
    copyrightNotice: text(p.copyrightNotice),
    renditions: Object.freeze([...p.renditions]),
  });
}

/** Plain text or null when nothing is left. */
export function text(raw: string | null): string | null {
  if (raw === null) return null;
  const cleaned = plainText(raw);
  return cleaned === '' ? null : cleaned;
}

/** Several plain-text values, one per line, without empties or repeats. */
function lines(values: readonly string[]): string | null {
  const kept = [...new Set(values.map((v) => plainText(v)).filter((v) => v !== ''))];
  return kept.length === 0 ? null : kept.join('\n');
}

function uniqueSubjects(subjects: readonly WireSubject[]): WireSubject[] {
  const seen = new Set<string>();
  const out: WireSubject[] = [];
  for (const s of subjects) {
    const name = text(s.name);
    const code = s.code?.trim() || null;
    if (name === null && code === null) continue;
    const key = `${s.kind}\u0000${code ?? ''}\u0000${name ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(Object.freeze({ name, code, kind: s.kind }));
  }
  return out;
}
