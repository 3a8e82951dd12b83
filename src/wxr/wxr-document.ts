/**
 * A WordPress export (WXR) as read from the file: every value is the raw
 * text the export holds (HTML, PHP-serialized meta, site-local times), for
 * the importer to interpret. Elements are matched by local name, so
 * `https://wordpress.org/export/1.2/` and `http://…` exports read the same.
 */
export interface WxrDocument {
  readonly site: WxrSite;
  readonly authors: readonly WxrAuthor[];
  readonly categories: readonly WxrCategory[];
  readonly items: readonly WxrItem[];
}

export interface WxrSite {
  readonly title: string;
  /** The blog's address (`wp:base_blog_url`, else the channel link); names the source of an import. */
  readonly url: string;
  /** `en-US`, `de-DE`; null when the export gives none. */
  readonly language: string | null;
  readonly wxrVersion: string | null;
}

export interface WxrAuthor {
  readonly login: string;
  readonly displayName: string;
  readonly email: string | null;
  readonly description: string | null;
}

export interface WxrCategory {
  readonly termId: number | null;
  /** URL slug, percent-decoded. */
  readonly nicename: string;
  readonly name: string;
  /** Nicename of the parent category, or null at the top. */
  readonly parent: string | null;
  readonly description: string | null;
}

/** A `<category>` on an item: `domain` is the taxonomy (`category`, `post_tag`, `post_format`, …). */
export interface WxrItemTerm {
  readonly domain: string;
  readonly nicename: string;
  readonly name: string;
}

export interface WxrItem {
  readonly postId: number;
  readonly title: string;
  readonly link: string | null;
  readonly guid: string | null;
  readonly creator: string | null;
  readonly contentHtml: string;
  readonly excerptHtml: string;
  /** `YYYY-MM-DD HH:MM:SS` in UTC, or null when unset (`0000-00-00 00:00:00`). */
  readonly postDateGmt: string | null;
  /** The same in the site's own time zone, which the export does not name. */
  readonly postDate: string | null;
  readonly postName: string;
  readonly status: string;
  readonly postType: string;
  readonly postParent: number | null;
  readonly menuOrder: number;
  readonly password: string;
  readonly sticky: boolean;
  readonly attachmentUrl: string | null;
  readonly terms: readonly WxrItemTerm[];
  /** Post meta by key; the first value when a key repeats. */
  readonly meta: ReadonlyMap<string, string>;
  readonly commentCount: number;
}
