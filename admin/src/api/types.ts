/** The admin API's answers, as the newsroom reads them (see GET /api/admin/openapi.json). */

export type Role = 'contributor' | 'author' | 'editor' | 'administrator';
export type ArticleStatus = 'draft' | 'published' | 'withheld' | 'killed';
export type LifecycleState = 'draft' | 'scheduled' | 'embargoed' | 'published' | 'updated' | 'withheld' | 'killed' | 'expired';

export interface User {
  id: number;
  email: string;
  name: string;
  role: Role;
  authorId: number | null;
  disabled: boolean;
  mustChangePassword: boolean;
  createdAt: string;
  lastLoginAt: string | null;
}

export interface Session {
  user: User;
  csrfToken: string | null;
  expiresAt: string | null;
}

export interface Article {
  id: number;
  revision: number;
  etag: string;
  state: LifecycleState;
  status: ArticleStatus;
  headline: string;
  dek: string | null;
  slug: string;
  sectionId: number;
  path: string | null;
  byline: string | null;
  authorIds: number[];
  tags: string[];
  dateline: { place: string; source: string | null } | null;
  bodyHtml: string;
  leadMediaId: number | null;
  seriesId: number | null;
  language: string;
  publishedAt: string | null;
  updatedAt: string | null;
  editedAt: string;
  createdAt: string;
  embargoUntil: string | null;
  expiresAt: string | null;
  updateNote: string | null;
  correctionNote: string | null;
  origin: { kind: 'local' } | { kind: 'wire'; provider: string; guid: string; version: number };
  ownerUserId: number | null;
}

export interface ArticleAnswer {
  data: Article;
  allowed: { edit: boolean; publish: boolean; withhold: boolean; kill: boolean };
}

export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

export interface Section {
  id: number;
  slug: string;
  path: string;
  name: string;
  parentId: number | null;
  description: string | null;
  position: number;
}

export interface Author {
  id: number;
  slug: string;
  name: string;
  title: string | null;
}

export interface Series {
  id: number;
  slug: string;
  name: string;
  description: string | null;
}

export interface MediaAsset {
  id: number;
  mimeType: string;
  width: number;
  height: number;
  bytes: number;
  alt: string;
  caption: string | null;
  credit: string | null;
  focal: { x: number; y: number };
  wire: boolean;
  createdAt: string;
  url: string;
  cardUrl: string;
}

export interface RevisionHeader {
  revision: number;
  createdAt: string;
  savedBy: { userId: number; name: string | null; email: string | null } | null;
}

export interface RevisionDiff {
  fromRevision: number;
  toRevision: number;
  changes: { field: string; before: unknown; after: unknown }[];
  /** The body paragraph by paragraph. */
  body: { op: 'equal' | 'insert' | 'delete'; text: string }[];
}

export interface CuratedList {
  id: number;
  slug: string;
  name: string;
}

export interface ListEntry {
  articleId: number;
  headline: string | null;
  position: number;
  pinned: boolean;
  expiresAt: string | null;
  expired: boolean;
}

export interface Video {
  id: number;
  slug: string;
  title: string;
  description: string | null;
  thumbnailMediaId: number | null;
  sourceUrl: string;
  durationSeconds: number | null;
  publishedAt: string;
  seriesId: number | null;
  sectionId: number | null;
}

export interface ApiToken {
  id: number;
  name: string;
  hint: string;
  userId: number;
  scopes: string[];
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
  active: boolean;
}

export interface SiteSettings {
  name: string;
  tagline: string;
  baseUrl: string;
  timeZone: string;
  locale: string;
  logoMediaId: number | null;
  social: { facebook: string | null; x: string | null; instagram: string | null; youtube: string | null };
  dontMissListSlug: string | null;
  featuredSeriesSlug: string | null;
  trendingHalfLifeHours: number;
}

export interface Dashboard {
  inProgress: Article[];
  scheduled: Article[];
  wireQueue: { held: number; latest: Article[] };
  views: { date: string; views: number }[];
  trending: { id: number; headline: string; path: string | null; viewsLast24Hours: number }[];
  timeZone: string;
}
