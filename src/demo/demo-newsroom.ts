import { demoAuthors } from './demo-authors.ts';
import { demoImages } from './demo-images.ts';
import { demoLists } from './demo-lists.ts';
import { demoSections } from './demo-sections.ts';
import { demoSeries } from './demo-series.ts';
import { demoSettings } from './demo-settings.ts';
import { demoLocalStories } from './demo-stories-local.ts';
import type { DemoNewsroom } from './demo-types.ts';
import { demoVideos } from './demo-videos.ts';
import { demoViews } from './demo-views.ts';
import { demoWireStories } from './demo-wire-stories.ts';

export type * from './demo-types.ts';
export { prairieWireService, agencyCopyrightLine } from './demo-agency.ts';
export { authorSlug, storySlug, tagSlug, videoSlug } from './demo-slugs.ts';
export { hoursBefore } from './hours-before.ts';
export { validateDemoNewsroom } from './validate-demo-newsroom.ts';

/** KQBX 8 News: the fictional station `dateline serve` loads into an empty store. */
export const demoNewsroom: DemoNewsroom = {
  settings: demoSettings,
  sections: demoSections,
  authors: demoAuthors,
  images: demoImages,
  stories: demoLocalStories,
  wireStories: demoWireStories,
  videos: demoVideos,
  series: demoSeries,
  lists: demoLists,
  views: demoViews,
};
