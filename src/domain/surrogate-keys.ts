/**
 * Surrogate keys name what a cached page or answer shows, so a change can
 * purge exactly the pages it touches. Short on purpose: they travel in a
 * header on every response.
 */
export const keys = {
  article: (id: number) => `a${id}`,
  section: (id: number) => `s${id}`,
  tag: (id: number) => `t${id}`,
  author: (id: number) => `au${id}`,
  series: (id: number) => `sr${id}`,
  list: (id: number) => `l${id}`,
  video: (id: number) => `v${id}`,
  /** Home front. */
  front: 'front',
  /** Any list of the newest stories: feeds, sitemaps, "latest" API answers. */
  latest: 'latest',
  /** Rails of the newest videos and the video hub. */
  videos: 'videos',
  trending: 'trending',
  settings: 'settings',
} as const;
