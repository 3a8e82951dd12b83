/**
 * The article as the rest of the program sees it: plain, immutable data.
 * Times are `Date` values in UTC; the store converts at its edge.
 */

/** What an editor (or the wire) last decided about a story. */
export type ArticleStatus = 'draft' | 'published' | 'withheld' | 'killed';

/** Where a story came from. Wire stories carry the agency's identity and version. */
export type ArticleOrigin =
  | { readonly kind: 'local' }
  | {
      readonly kind: 'wire';
      readonly provider: string;
      readonly guid: string;
      readonly version: number;
      /** Provider-specific change marker (AP's etag), when there is one. */
      readonly etag: string | null;
    };

export interface Rights {
  /** Shown on the page, e.g. "Copyright 2020 The Associated Press. All rights reserved." */
  readonly copyrightNotice: string | null;
  readonly copyrightHolder: string | null;
  /** Kept on the record and shown with the story (e.g. "This material may not be published..."). */
  readonly usageTerms: string | null;
}

export interface Dateline {
  /** "MOSCOW" */
  readonly place: string;
  /** "AP"; null for the station's own stories. */
  readonly source: string | null;
}

export interface Article {
  readonly id: number;
  readonly slug: string;
  readonly sectionId: number;
  readonly headline: string;
  readonly dek: string | null;
  /** Free byline text ("By DAVID PITT, Associated Press"), shown when no author record fits. */
  readonly byline: string | null;
  readonly authorIds: readonly number[];
  readonly tagIds: readonly number[];
  readonly dateline: Dateline | null;
  /** Sanitized HTML. */
  readonly bodyHtml: string;
  readonly leadMediaId: number | null;
  readonly seriesId: number | null;
  readonly status: ArticleStatus;
  readonly language: string;
  /** First publication; for a scheduled story, the moment it will go live. */
  readonly publishedAt: Date | null;
  /** Public "Updated" time: moves only on an update or correction, not on every edit. */
  readonly updatedAt: Date | null;
  /** Last time anyone saved the record. */
  readonly editedAt: Date;
  readonly createdAt: Date;
  readonly embargoUntil: Date | null;
  readonly expiresAt: Date | null;
  readonly updateNote: string | null;
  readonly correctionNote: string | null;
  readonly origin: ArticleOrigin;
  readonly rights: Rights;
  /** Concurrency token: increments on every save. */
  readonly revision: number;
}

/** What a list or card needs of a story: no body, no links. */
export type ArticleSummary = Pick<
  Article,
  'id' | 'slug' | 'sectionId' | 'headline' | 'dek' | 'leadMediaId' | 'status' | 'publishedAt' | 'updatedAt' | 'createdAt' | 'embargoUntil' | 'expiresAt'
>;

/** Lifecycle as a reader or an editor names it, derived from status and times (see visibility.ts). */
export type LifecycleState =
  | 'draft'
  | 'scheduled'
  | 'embargoed'
  | 'published'
  | 'updated'
  | 'withheld'
  | 'killed'
  | 'expired';
