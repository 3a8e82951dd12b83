/**
 * One item as an agency delivered it, normalised from any supported format
 * (ninjs 1.x/2.x/3.x, AP Media API JSON, NewsML-G2). Parsers produce these;
 * the ingest service applies the lifecycle rules to them. Nothing here is
 * trusted: `bodyHtml` and `caption` are already sanitized by the parser,
 * every other string is plain text (never HTML).
 */
export type WireFormat = 'ninjs-1' | 'ninjs-2' | 'ninjs-3' | 'ap-media' | 'newsml-g2';

export type WirePubStatus = 'usable' | 'withheld' | 'canceled';

export interface WireRendition {
  readonly name: string;
  readonly href: string;
  readonly mimeType: string | null;
  readonly width: number | null;
  readonly height: number | null;
  readonly bytes: number | null;
}

export interface WireSubject {
  readonly name: string | null;
  /** Scheme-qualified code or URI: `medtop:20000763`, `http://cv.iptc.org/...`. */
  readonly code: string | null;
  /** subject, genre, place, person, organisation, keyword */
  readonly kind: string;
}

export interface WirePicture {
  /** The association name (`mainpic`, `featuremedia`, `a001`) or the package item ref. */
  readonly name: string;
  readonly guid: string | null;
  readonly version: number | null;
  readonly pubStatus: WirePubStatus;
  readonly headline: string | null;
  /** Sanitized plain text. */
  readonly caption: string | null;
  readonly credit: string | null;
  readonly alt: string | null;
  readonly copyrightNotice: string | null;
  readonly renditions: readonly WireRendition[];
}

export interface WireItem {
  readonly format: WireFormat;
  /** Provider key: `ap`, `dpa`, `tt`, ... derived from the guid/uri or provider field. */
  readonly provider: string;
  readonly guid: string;
  /** Numeric version, or null when the item has none (then `versionCreated` orders). */
  readonly version: number | null;
  readonly etag: string | null;
  /** `text`, `picture`, `video`, `composite`, ... lower case. */
  readonly type: string;
  readonly pubStatus: WirePubStatus;
  /** AP items without `newscontent` in `signals` are newsroom information, never published. */
  readonly publishable: boolean;
  readonly isCorrection: boolean;
  readonly headline: string;
  readonly dek: string | null;
  readonly byline: string | null;
  /** "MOSCOW" (dateline text without the source), or null. */
  readonly datelinePlace: string | null;
  /** Sanitized HTML; never begins with a duplicated dateline. */
  readonly bodyHtml: string;
  /** True when the body itself already opens with the dateline ("MOSCOW (AP) — ..."). */
  readonly bodyHasDateline: boolean;
  readonly language: string | null;
  readonly firstCreated: Date | null;
  readonly versionCreated: Date | null;
  /** Set: embargoed until then. `'indefinite'`: held with no time (empty G2 `<embargoed/>`). */
  readonly embargoUntil: Date | 'indefinite' | null;
  readonly expires: Date | null;
  readonly copyrightNotice: string | null;
  readonly copyrightHolder: string | null;
  readonly usageTerms: string | null;
  readonly subjects: readonly WireSubject[];
  /** Lead picture first, when the item names one. */
  readonly pictures: readonly WirePicture[];
  /** Own renditions, for picture items. */
  readonly renditions: readonly WireRendition[];
  /** Picture items: their own caption (sanitized plain text), as `WirePicture.caption`. */
  readonly caption?: string | null;
  /** Picture items: their own credit, as `WirePicture.credit`. */
  readonly credit?: string | null;
  /** Internal note to editors: stored, never published. */
  readonly edNote: string | null;
  readonly slugline: string | null;
  readonly urgency: number | null;
}

/** One parse outcome per item found in a document (a NewsML-G2 message may hold several). */
export type WireParseResult =
  | {
      readonly ok: true;
      readonly item: WireItem;
      /** What was accepted leniently: schema violations, times assumed to be UTC, dropped parts. */
      readonly warnings?: readonly string[];
    }
  | { readonly ok: false; readonly guid: string | null; readonly version: number | null; readonly error: string };
