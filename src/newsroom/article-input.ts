import type { ArticleOrigin, Dateline, Rights } from '../domain/article.ts';

/** The fields an editor, an import or the wire sets on a story. Body HTML is sanitized on save. */
export interface ArticleFields {
  readonly headline: string;
  readonly dek?: string | null;
  readonly slug?: string;
  readonly sectionId: number;
  readonly byline?: string | null;
  readonly authorIds?: readonly number[];
  readonly tagNames?: readonly string[];
  readonly dateline?: Dateline | null;
  readonly bodyHtml: string;
  readonly leadMediaId?: number | null;
  readonly seriesId?: number | null;
  readonly language?: string;
  readonly rights?: Partial<Rights>;
  readonly embargoUntil?: Date | null;
  readonly expiresAt?: Date | null;
}

export interface CreateArticleOptions {
  readonly status: 'draft' | 'published';
  /** Publication time; in the future means scheduled. Defaults to now when published. */
  readonly publishedAt?: Date | null;
  readonly updatedAt?: Date | null;
  readonly updateNote?: string | null;
  readonly correctionNote?: string | null;
  readonly origin?: ArticleOrigin;
  /** Creation time for imported stories; defaults to now. */
  readonly createdAt?: Date;
  readonly actor: string | null;
}

/** A public note that moves the Updated time. */
export interface PublicNote {
  readonly kind: 'update' | 'correction';
  readonly text: string;
  /** When the update happened; defaults to now (the wire passes its versioncreated). */
  readonly at?: Date;
}
