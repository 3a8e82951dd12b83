export interface SocialAccounts {
  readonly facebook: string | null;
  readonly x: string | null;
  readonly instagram: string | null;
  readonly youtube: string | null;
}

export interface SiteSettings {
  readonly name: string;
  readonly tagline: string;
  /** Public base URL without a trailing slash, e.g. https://www.example-station.test */
  readonly baseUrl: string;
  /** IANA zone for displayed times: America/Chicago */
  readonly timeZone: string;
  /** BCP 47: en-US */
  readonly locale: string;
  /** Media asset id of the logo, or null for a text logo. */
  readonly logoMediaId: number | null;
  readonly social: SocialAccounts;
  /** Slug of the curated list shown as "Don't Miss". */
  readonly dontMissListSlug: string | null;
  /** Slug of the series featured in the article rail (e.g. Daily Pledge). */
  readonly featuredSeriesSlug: string | null;
  /** Half-life of page views in the trending rank, in hours. */
  readonly trendingHalfLifeHours: number;
}

export const DEFAULT_SITE_SETTINGS: SiteSettings = Object.freeze({
  name: 'Dateline',
  tagline: 'Local news',
  baseUrl: 'http://127.0.0.1:3000',
  timeZone: 'UTC',
  locale: 'en-US',
  logoMediaId: null,
  social: Object.freeze({ facebook: null, x: null, instagram: null, youtube: null }),
  dontMissListSlug: null,
  featuredSeriesSlug: null,
  trendingHalfLifeHours: 6,
});
