/**
 * The demo newsroom as plain data. Everything is keyed by strings chosen by
 * hand; the loader turns keys into store ids, and `publishedHoursAgo`-style
 * fields into times relative to the moment the demo is loaded, so the site
 * always looks freshly updated.
 */
import type { FocalPoint } from '../domain/media.ts';
import type { SiteSettings } from '../domain/site-settings.ts';

export interface DemoSection {
  /** Full path: `news/local`. A child's parent path is listed before it. */
  readonly path: string;
  readonly name: string;
  readonly description: string;
}

export interface DemoAuthor {
  readonly key: string;
  readonly name: string;
  readonly title: string;
  readonly bio: string;
}

/** Every illustration the image generator can draw. */
export type DemoSceneKind =
  | 'skyline' | 'civic' | 'chamber' | 'library' | 'classroom' | 'school' | 'clinic'
  | 'storefront' | 'memorial' | 'farm' | 'wind' | 'grain' | 'rail' | 'road-work'
  | 'bridge' | 'river' | 'park' | 'mountains' | 'harbor' | 'forest' | 'storm'
  | 'weather-map' | 'fire' | 'ballfield' | 'track' | 'golf' | 'gym' | 'fair' | 'food-drive';

/** The light the scene is drawn in; interiors use it for the windows. */
export type DemoLight = 'dawn' | 'day' | 'dusk' | 'night' | 'overcast';

export interface DemoScene {
  readonly kind: DemoSceneKind;
  readonly light: DemoLight;
  /** What the picture shows, in words: the brief the illustration follows. */
  readonly description: string;
}

/** Identity of an agency picture, so a kill of the picture can find its uses. */
export interface DemoWirePicture {
  readonly provider: string;
  readonly guid: string;
  readonly version: number;
}

export interface DemoImage {
  readonly key: string;
  readonly alt: string;
  readonly caption: string;
  /** Credit line shown under the caption: "Ben Okerlund/KQBX 8 News", "PWS Photo/Rafael Ortiz". */
  readonly credit: string;
  readonly focal: FocalPoint;
  readonly scene: DemoScene;
  readonly wire?: DemoWirePicture;
}

export interface DemoStory {
  readonly key: string;
  readonly sectionPath: string;
  readonly headline: string;
  readonly dek: string;
  /** Staff authors; may be empty when `byline` names the writer instead. */
  readonly authorKeys: readonly string[];
  /** Free byline text, used when no author record fits ("KQBX 8 News Staff"). */
  readonly byline?: string;
  /** Tag names as shown to readers; slugs derive from them. */
  readonly tags: readonly string[];
  /** "LINDEN GROVE": set before the first paragraph, for stories reported out of town. */
  readonly datelinePlace?: string;
  /** Plain text, one entry per paragraph, typographic punctuation. */
  readonly paragraphs: readonly string[];
  readonly publishedHoursAgo: number;
  /** Set together with `updateNote` or `correctionNote`; less than `publishedHoursAgo`. */
  readonly updatedHoursAgo?: number;
  readonly updateNote?: string;
  readonly correctionNote?: string;
  readonly imageKey?: string;
  readonly seriesKey?: string;
}

/** The agency a wire story comes from, with the rights it travels with. */
export interface DemoAgency {
  /** Provider key used for wire identity: `pws`. */
  readonly provider: string;
  readonly name: string;
  /** Source shown in the dateline: "DENVER (PWS) —". */
  readonly source: string;
  readonly copyrightHolder: string;
  /** "Copyright 2026 Prairie Wire Service. All rights reserved." */
  readonly copyrightNotice: string;
  /** Shown after the notice: "This material may not be published, broadcast, rewritten or redistributed." */
  readonly usageTerms: string;
}

/** A national or world story as the agency delivered it, republished by the station. */
export interface DemoWireStory extends DemoStory {
  readonly byline: string;
  readonly datelinePlace: string;
  readonly imageKey: string;
  readonly agency: DemoAgency;
  /** `urn:pws:2026:text:...` */
  readonly guid: string;
  readonly version: number;
}

export interface DemoVideo {
  readonly key: string;
  readonly title: string;
  readonly description: string;
  readonly publishedHoursAgo: number;
  readonly durationSeconds: number;
  readonly sectionPath?: string;
  readonly seriesKey?: string;
  readonly posterImageKey: string;
}

export interface DemoSeries {
  readonly key: string;
  readonly slug: string;
  readonly name: string;
  readonly description: string;
}

/** An editor-picked list; story keys may name local or wire stories, in display order. */
export interface DemoList {
  readonly slug: string;
  readonly name: string;
  readonly storyKeys: readonly string[];
}

export interface DemoSettings {
  /** Everything the site needs except the logo, which the loader stores as media first. */
  readonly site: Omit<SiteSettings, 'logoMediaId'>;
  readonly callLetters: string;
  readonly channel: number;
  readonly city: string;
  readonly county: string;
  readonly stormTeamName: string;
  /** Byline for items written by the newsroom as a whole. */
  readonly staffByline: string;
}

export interface DemoViewCount {
  /** 0 = the hour just ended, 1 = the hour before it, ... */
  readonly hoursAgo: number;
  readonly views: number;
}

/** Page views to record for one story so the trending rail has something to rank. */
export interface DemoStoryViews {
  readonly storyKey: string;
  readonly counts: readonly DemoViewCount[];
}

export type DemoViewsPlan = readonly DemoStoryViews[];

export interface DemoNewsroom {
  readonly settings: DemoSettings;
  readonly sections: readonly DemoSection[];
  readonly authors: readonly DemoAuthor[];
  readonly images: readonly DemoImage[];
  readonly stories: readonly DemoStory[];
  readonly wireStories: readonly DemoWireStory[];
  readonly videos: readonly DemoVideo[];
  readonly series: readonly DemoSeries[];
  readonly lists: readonly DemoList[];
  readonly views: DemoViewsPlan;
}
