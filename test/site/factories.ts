/**
 * View-model factories for page tests. Every call makes fresh ids; every
 * field can be overridden. The content is invented for tests.
 */
import type { ImageSource, ResponsiveImage } from '../../src/media/responsive-image.ts';
import type { SiteSettings } from '../../src/domain/site-settings.ts';
import type {
  ArticleView,
  AuthorView,
  GoneView,
  HomeView,
  NotFoundView,
  RailsView,
  SearchView,
  SectionView,
  SeriesView,
  SiteChrome,
  StorySummary,
  TagView,
  VideoHubView,
  VideoSummary,
  VideoView,
} from '../../src/site/view-models.ts';
import type { Series } from '../../src/domain/media.ts';
import type { Author, Tag } from '../../src/domain/taxonomy.ts';
import { html } from '../../src/site/html.ts';
export { EMPTY_RAILS } from '../../src/site/view-models.ts';

let nextId = 1000;
const id = () => (nextId += 1);

export const BASE_URL = 'https://www.prairie-seven.test';

export function buildSettings(overrides: Partial<SiteSettings> = {}): SiteSettings {
  return {
    name: 'Prairie Seven News',
    tagline: 'News for the Sheyenne Valley',
    baseUrl: BASE_URL,
    timeZone: 'America/Chicago',
    locale: 'en-US',
    logoMediaId: null,
    social: { facebook: 'https://www.facebook.com/prairieseven', x: '@prairieseven', instagram: null, youtube: null },
    dontMissListSlug: 'dont-miss',
    featuredSeriesSlug: 'daily-pledge',
    trendingHalfLifeHours: 6,
    ...overrides,
  };
}

export function buildImage(name = `photo-${id()}`, overrides: Partial<ResponsiveImage> = {}): ResponsiveImage {
  const at = (ext: string) => [320, 640, 1280].map((w) => `/media/${name}-${w}.${ext} ${w}w`).join(', ');
  const sources: ImageSource[] = [
    { type: 'image/avif', srcset: at('avif') },
    { type: 'image/webp', srcset: at('webp') },
    { type: 'image/jpeg', srcset: at('jpg') },
  ];
  return {
    alt: 'Volunteers stack sandbags along the river',
    width: 1280,
    height: 720,
    src: `/media/${name}-1280.jpg`,
    sources,
    sizes: '(min-width: 60rem) 40rem, 100vw',
    ...overrides,
  };
}

export function buildChrome(overrides: Partial<SiteChrome> = {}, settings: Partial<SiteSettings> = {}): SiteChrome {
  return {
    settings: buildSettings(settings),
    logo: buildImage('logo', { alt: 'Prairie Seven logo', width: 240, height: 60, sizes: '12rem' }),
    navSections: [
      { name: 'News', path: 'news' },
      { name: 'Weather', path: 'weather' },
      { name: 'Sports', path: 'sports' },
    ],
    now: new Date('2024-03-12T15:00:00Z'),
    ...overrides,
  };
}

export function buildStory(overrides: Partial<StorySummary> = {}): StorySummary {
  const n = id();
  return {
    kind: 'story',
    id: n,
    slug: `story-${n}`,
    section: { name: 'News', path: 'news' },
    headline: `County fair adds a night market ${n}`,
    dek: 'Vendors will stay open until ten on Fridays.',
    publishedAt: new Date('2024-03-11T14:00:00Z'),
    updatedAt: null,
    image: buildImage(),
    ...overrides,
  };
}

export function buildVideo(overrides: Partial<VideoSummary> = {}): VideoSummary {
  const n = id();
  return {
    kind: 'video',
    id: n,
    slug: `video-${n}`,
    title: `Evening forecast ${n}`,
    publishedAt: new Date('2024-03-11T23:00:00Z'),
    durationSeconds: 125,
    thumbnail: buildImage(`thumb-${n}`, { alt: 'Forecast map' }),
    ...overrides,
  };
}

export function buildAuthor(overrides: Partial<Author> = {}): Author {
  const n = id();
  return { id: n, slug: `reporter-${n}`, name: 'Dana Whitfield', title: 'Statehouse reporter', bio: null, ...overrides };
}

export function buildTag(overrides: Partial<Tag> = {}): Tag {
  const n = id();
  return { id: n, slug: `topic-${n}`, name: 'Flooding', ...overrides };
}

export function buildSeries(overrides: Partial<Series> = {}): Series {
  return { id: id(), slug: 'daily-pledge', name: 'Daily Pledge', description: 'Classrooms across the valley lead the pledge.', ...overrides };
}

export const CAPTION =
  'In this photo provided by the Mapleton Public Library, volunteers carry boxes of books into the new reading room in Mapleton on Monday, March 11, 2024. (Mapleton Public Library via AP)';

export function buildArticle(overrides: Partial<ArticleView> = {}): ArticleView {
  const n = id();
  return {
    id: n,
    slug: `library-reopens-${n}`,
    headline: 'Mapleton library reopens after flood repairs',
    dek: null,
    section: { name: 'National/World', path: 'news/national-world' },
    parentSections: [{ name: 'News', path: 'news' }],
    authors: [],
    byline: 'By JORDAN EKSTRAND, Associated Press',
    tags: [buildTag({ name: 'Libraries' }), buildTag({ name: 'Flooding' })],
    dateline: { place: 'MAPLETON', source: 'AP' },
    bodyHasDateline: false,
    bodyHtml:
      '<p>The Mapleton library opened its doors on Monday, eight months after river water filled its basement.</p>' +
      '<p>Staff said more than 4,000 books had been replaced &amp; shelved by volunteers.</p>',
    lead: {
      image: buildImage('library', { alt: 'Volunteers carry boxes of books' }),
      caption: CAPTION,
      credit: 'Mapleton Public Library via AP',
    },
    rights: {
      copyrightNotice: 'Copyright 2024 The Associated Press. All rights reserved.',
      copyrightHolder: 'The Associated Press',
      usageTerms: 'This material may not be published, broadcast, rewritten or redistributed.',
    },
    language: 'en',
    publishedAt: new Date('2024-03-11T14:05:00Z'),
    updatedAt: null,
    updateNote: null,
    correctionNote: null,
    ...overrides,
  };
}

export function buildRails(overrides: Partial<RailsView> = {}): RailsView {
  const series = buildSeries();
  return {
    recentVideos: [buildVideo({ title: 'Golf course opens early' }), buildVideo({ title: 'Track meet results' }), buildVideo()],
    trending: [buildStory({ headline: 'Snow plows return for one more week' }), buildStory(), buildStory()],
    dontMiss: { name: "Don't Miss", stories: [buildStory({ headline: 'Ten spring hikes near the valley' }), buildStory()] },
    featuredSeries: { series, entries: [buildVideo({ title: 'Daily Pledge: Oakes Elementary' }), buildStory({ headline: 'Pledge classrooms of the month' })] },
    related: [buildStory({ headline: 'Flood repairs continue downtown' }), buildStory()],
    ...overrides,
  };
}

export function buildHome(overrides: Partial<HomeView> = {}): HomeView {
  return {
    topStories: [buildStory({ headline: 'River crest passes without damage' }), buildStory(), buildStory()],
    sectionBlocks: [
      { section: { name: 'Weather', path: 'weather' }, stories: [buildStory({ section: { name: 'Weather', path: 'weather' } }), buildStory()] },
      { section: { name: 'Sports', path: 'sports' }, stories: [buildStory({ section: { name: 'Sports', path: 'sports' } })] },
    ],
    videos: [buildVideo(), buildVideo()],
    trending: [buildStory(), buildStory()],
    dontMiss: { name: "Don't Miss", stories: [buildStory()] },
    ...overrides,
  };
}

export function buildSectionView(overrides: Partial<SectionView> = {}): SectionView {
  const section = { name: 'National/World', path: 'news/national-world' };
  return {
    section,
    description: 'Stories from beyond the valley.',
    parentSections: [{ name: 'News', path: 'news' }],
    subsections: [{ name: 'Europe', path: 'news/national-world/europe' }],
    stories: [buildStory({ section }), buildStory({ section }), buildStory({ section })],
    pageInfo: { page: 1, totalPages: 4 },
    ...overrides,
  };
}

export function buildTagView(overrides: Partial<TagView> = {}): TagView {
  return { tag: buildTag(), stories: [buildStory(), buildStory()], pageInfo: { page: 2, totalPages: 3 }, ...overrides };
}

export function buildAuthorView(overrides: Partial<AuthorView> = {}): AuthorView {
  return {
    author: buildAuthor({ bio: 'Dana covers the statehouse.\n\nShe grew up in Mapleton.' }),
    photo: buildImage('dana', { alt: 'Dana Whitfield', width: 400, height: 400 }),
    stories: [buildStory(), buildStory()],
    pageInfo: { page: 1, totalPages: 1 },
    ...overrides,
  };
}

export function buildSeriesView(overrides: Partial<SeriesView> = {}): SeriesView {
  return {
    series: buildSeries(),
    entries: [buildVideo({ title: 'Daily Pledge: Lincoln Elementary' }), buildStory({ headline: 'Behind the Daily Pledge' })],
    pageInfo: { page: 1, totalPages: 2 },
    ...overrides,
  };
}

export function buildVideoHub(overrides: Partial<VideoHubView> = {}): VideoHubView {
  return { videos: [buildVideo(), buildVideo(), buildVideo()], pageInfo: { page: 3, totalPages: 9 }, ...overrides };
}

export function buildVideoView(overrides: Partial<VideoView> = {}): VideoView {
  const n = id();
  return {
    id: n,
    slug: `ice-fishing-${n}`,
    title: 'Ice fishing season ends early',
    description: 'Warm days thinned the ice on Lake Ashby.',
    publishedAt: new Date('2024-03-11T22:30:00Z'),
    durationSeconds: 95,
    poster: buildImage(`poster-${n}`, { alt: 'An empty ice fishing house' }),
    sources: [
      { url: `/media/video-${n}.m3u8`, mimeType: 'application/vnd.apple.mpegurl' },
      { url: `https://cdn.prairie-seven.test/video-${n}.mp4`, mimeType: 'video/mp4' },
    ],
    tracks: [{ url: `/media/video-${n}.en.vtt`, kind: 'captions', language: 'en', label: 'English' }],
    section: { name: 'News', path: 'news' },
    series: null,
    moreVideos: [buildVideo(), buildVideo()],
    ...overrides,
  };
}

export function buildSearchView(overrides: Partial<SearchView> = {}): SearchView {
  return {
    query: 'library',
    results: [
      { story: buildStory({ headline: 'Mapleton library reopens' }), snippet: html`The Mapleton <mark>library</mark> opened its doors` },
      { story: buildStory(), snippet: html`A new <mark>library</mark> card design` },
    ],
    total: 27,
    pageInfo: { page: 1, totalPages: 3 },
    ...overrides,
  };
}

export function buildNotFound(overrides: Partial<NotFoundView> = {}): NotFoundView {
  return { latest: [buildStory(), buildStory()], ...overrides };
}

export function buildGone(overrides: Partial<GoneView> = {}): GoneView {
  return { notice: null, latest: [buildStory()], ...overrides };
}
