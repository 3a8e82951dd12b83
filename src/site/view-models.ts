/**
 * What each page needs, already resolved from the store: plain data, no
 * functions, no I/O. Loaders fill these; the render functions in `pages/`
 * turn them into HTML. Text fields are plain text (escaped when rendered)
 * unless their name ends in `Html` or their type is `SafeHtml`.
 */
import type { Dateline, Rights } from '../domain/article.ts';
import type { Series } from '../domain/media.ts';
import type { SiteSettings } from '../domain/site-settings.ts';
import type { Author, Tag } from '../domain/taxonomy.ts';
import type { ResponsiveImage } from '../media/responsive-image.ts';
import type { SafeHtml } from './html.ts';

/** A section as a link shows it. */
export interface SectionLink {
  readonly name: string;
  /** Full section path without slashes at either end: `news/national-world`. */
  readonly path: string;
}

/** What every page shares: header, navigation, footer and the publisher's identity. */
export interface SiteChrome {
  readonly settings: SiteSettings;
  /** `settings.logoMediaId` resolved; null shows the site name as text. */
  readonly logo: ResponsiveImage | null;
  /** Top-level sections for the header menu, in menu order. */
  readonly navSections: readonly SectionLink[];
  /** When the page is rendered; only the footer's copyright year reads it. */
  readonly now: Date;
}

/** A photo with its editorial caption and credit. */
export interface FigureView {
  readonly image: ResponsiveImage;
  readonly caption: string | null;
  readonly credit: string | null;
}

/** A story as a card or a list item shows it. */
export interface StorySummary {
  readonly kind: 'story';
  readonly id: number;
  readonly slug: string;
  readonly section: SectionLink;
  readonly headline: string;
  readonly dek: string | null;
  readonly publishedAt: Date;
  readonly updatedAt: Date | null;
  readonly image: ResponsiveImage | null;
}

/** A video as a card or a rail item shows it. */
export interface VideoSummary {
  readonly kind: 'video';
  readonly id: number;
  readonly slug: string;
  readonly title: string;
  readonly publishedAt: Date;
  readonly durationSeconds: number | null;
  readonly thumbnail: ResponsiveImage | null;
}

/** A series holds both stories and videos (a daily pledge is usually a video). */
export type SeriesEntry = StorySummary | VideoSummary;

/** One story page. */
export interface ArticleView {
  readonly id: number;
  readonly slug: string;
  readonly headline: string;
  readonly dek: string | null;
  /** The story's own section; its URL is built from `section.path` and `slug`. */
  readonly section: SectionLink;
  /** Sections above `section`, top-level first; empty for a top-level section. */
  readonly parentSections: readonly SectionLink[];
  /** Author records in byline order; when empty, `byline` is shown as written. */
  readonly authors: readonly Author[];
  /** Free byline text ("By DAVID PITT, Associated Press"). */
  readonly byline: string | null;
  readonly tags: readonly Tag[];
  readonly dateline: Dateline | null;
  /** True when `bodyHtml` already opens with the dateline, so the page must not add it again. */
  readonly bodyHasDateline: boolean;
  /** Sanitized HTML, inserted as is. */
  readonly bodyHtml: string;
  readonly lead: FigureView | null;
  readonly rights: Rights;
  /** BCP 47 language of the story; marked on the page when it differs from the site's. */
  readonly language: string;
  readonly publishedAt: Date;
  /** Shown as "Updated" only when later than `publishedAt`. */
  readonly updatedAt: Date | null;
  readonly updateNote: string | null;
  readonly correctionNote: string | null;
}

/** An editor-picked list ("Don't Miss") with its stories in editor order. */
export interface CuratedListView {
  readonly name: string;
  readonly stories: readonly StorySummary[];
}

/** The featured series module: the series and its newest entries. */
export interface SeriesRailView {
  readonly series: Series;
  readonly entries: readonly SeriesEntry[];
}

/** The side column. Each module is left out of the page when it has nothing to show. */
export interface RailsView {
  readonly recentVideos: readonly VideoSummary[];
  /** Most-read first. */
  readonly trending: readonly StorySummary[];
  readonly dontMiss: CuratedListView | null;
  readonly featuredSeries: SeriesRailView | null;
  readonly related: readonly StorySummary[];
}

export const EMPTY_RAILS: RailsView = Object.freeze({
  recentVideos: [],
  trending: [],
  dontMiss: null,
  featuredSeries: null,
  related: [],
});

/** Where a paginated list is. Pages count from 1. */
export interface PageInfo {
  readonly page: number;
  readonly totalPages: number;
}

/** One section's block on the home front. */
export interface SectionBlock {
  readonly section: SectionLink;
  readonly stories: readonly StorySummary[];
}

export interface HomeView {
  /** The first is the lead story, shown large. */
  readonly topStories: readonly StorySummary[];
  readonly sectionBlocks: readonly SectionBlock[];
  readonly videos: readonly VideoSummary[];
  readonly trending: readonly StorySummary[];
  readonly dontMiss: CuratedListView | null;
}

export interface SectionView {
  readonly section: SectionLink;
  readonly description: string | null;
  /** Sections above this one, top-level first. */
  readonly parentSections: readonly SectionLink[];
  readonly subsections: readonly SectionLink[];
  readonly stories: readonly StorySummary[];
  readonly pageInfo: PageInfo;
}

export interface TagView {
  readonly tag: Tag;
  readonly stories: readonly StorySummary[];
  readonly pageInfo: PageInfo;
}

export interface AuthorView {
  readonly author: Author;
  readonly photo: ResponsiveImage | null;
  readonly stories: readonly StorySummary[];
  readonly pageInfo: PageInfo;
}

export interface SeriesView {
  readonly series: Series;
  /** Newest first. */
  readonly entries: readonly SeriesEntry[];
  readonly pageInfo: PageInfo;
}

export interface VideoHubView {
  readonly videos: readonly VideoSummary[];
  readonly pageInfo: PageInfo;
}

/** One playable file; list several so each browser picks the first it can play (HLS, then MP4). */
export interface VideoSourceView {
  /** Public URL (absolute, or a path on this site). */
  readonly url: string;
  /** `video/mp4`, `application/vnd.apple.mpegurl`, ... */
  readonly mimeType: string;
}

/** A WebVTT captions or subtitles file for the player. */
export interface VideoTrackView {
  readonly url: string;
  readonly kind: 'captions' | 'subtitles';
  /** BCP 47. */
  readonly language: string;
  /** Shown in the player's menu: "English". */
  readonly label: string;
}

export interface VideoView {
  readonly id: number;
  readonly slug: string;
  readonly title: string;
  readonly description: string | null;
  readonly publishedAt: Date;
  readonly durationSeconds: number | null;
  readonly poster: ResponsiveImage | null;
  readonly sources: readonly VideoSourceView[];
  readonly tracks: readonly VideoTrackView[];
  readonly section: SectionLink | null;
  readonly series: Series | null;
  /** More videos to watch next, newest first. */
  readonly moreVideos: readonly VideoSummary[];
}

export interface SearchResult {
  readonly story: StorySummary;
  /** Matching text with the matched words marked up, built by the search service with `html`. */
  readonly snippet: SafeHtml;
}

export interface SearchView {
  /** As the reader typed it; empty when the page is opened without a query. */
  readonly query: string;
  readonly results: readonly SearchResult[];
  /** Matches over all pages. */
  readonly total: number;
  readonly pageInfo: PageInfo;
}

/** 404: what to offer a reader who followed a bad link. */
export interface NotFoundView {
  readonly latest: readonly StorySummary[];
}

/** 410: a story the newsroom took down. The headline is not shown: a kill can be for legal reasons. */
export interface GoneView {
  /** The newsroom's short public explanation, when it gave one. */
  readonly notice: string | null;
  readonly latest: readonly StorySummary[];
}
