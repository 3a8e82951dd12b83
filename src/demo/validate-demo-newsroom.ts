import { isValidSectionPath, isValidSlug } from '../domain/slug.ts';
import { authorSlug, storySlug, tagSlug, videoSlug } from './demo-slugs.ts';
import type { DemoNewsroom, DemoStory, DemoWireStory } from './demo-types.ts';

/**
 * Every broken promise in a demo newsroom, as one readable line each; empty
 * when the data is whole. The loader can refuse to load on a non-empty answer
 * instead of failing halfway through a transaction.
 */
export function validateDemoNewsroom(n: DemoNewsroom): string[] {
  const problems: string[] = [];
  const fail = (message: string) => problems.push(message);

  const duplicates = (what: string, values: readonly string[]) => {
    const seen = new Set<string>();
    for (const v of values) {
      if (seen.has(v)) fail(`duplicate ${what}: ${v}`);
      seen.add(v);
    }
    return seen;
  };

  const sectionPaths = new Set<string>();
  for (const s of n.sections) {
    if (!isValidSectionPath(s.path)) fail(`section path not valid: ${s.path}`);
    const parent = s.path.split('/').slice(0, -1).join('/');
    if (parent && !sectionPaths.has(parent)) fail(`section ${s.path} is listed before its parent ${parent}`);
    if (sectionPaths.has(s.path)) fail(`duplicate section: ${s.path}`);
    sectionPaths.add(s.path);
  }

  const authorKeys = duplicates('author key', n.authors.map((a) => a.key));
  duplicates('author slug', n.authors.map(authorSlug));

  const imageKeys = duplicates('image key', n.images.map((i) => i.key));
  const images = new Map(n.images.map((i) => [i.key, i]));
  for (const i of n.images) {
    if (!i.alt.trim() || !i.caption.trim() || !i.credit.trim()) fail(`image ${i.key} lacks alt, caption or credit`);
    if (!inUnit(i.focal.x) || !inUnit(i.focal.y)) fail(`image ${i.key} focal point outside the picture`);
    if (i.wire && !i.caption.endsWith(`(${i.credit})`)) fail(`wire image ${i.key} caption does not end with its credit`);
  }

  const seriesKeys = duplicates('series key', n.series.map((s) => s.key));
  for (const s of duplicates('series slug', n.series.map((s) => s.slug))) {
    if (!isValidSlug(s)) fail(`series slug not valid: ${s}`);
  }

  const allStories: readonly DemoStory[] = [...n.stories, ...n.wireStories];
  const storyKeys = duplicates('story key', allStories.map((s) => s.key));
  for (const slug of duplicates('story slug', allStories.map(storySlug))) {
    if (!isValidSlug(slug)) fail(`story slug not valid: ${slug}`);
  }
  const tagNames = new Map<string, string>();
  for (const s of allStories) {
    const where = `story ${s.key}`;
    if (!sectionPaths.has(s.sectionPath)) fail(`${where}: unknown section ${s.sectionPath}`);
    for (const a of s.authorKeys) if (!authorKeys.has(a)) fail(`${where}: unknown author ${a}`);
    if (s.authorKeys.length === 0 && !s.byline?.trim()) fail(`${where}: neither authors nor byline`);
    if (s.imageKey !== undefined && !imageKeys.has(s.imageKey)) fail(`${where}: unknown image ${s.imageKey}`);
    if (s.seriesKey !== undefined && !seriesKeys.has(s.seriesKey)) fail(`${where}: unknown series ${s.seriesKey}`);
    if (!s.headline.trim() || !s.dek.trim()) fail(`${where}: empty headline or dek`);
    if (s.paragraphs.length < 3 || s.paragraphs.length > 7) fail(`${where}: ${s.paragraphs.length} paragraphs, expected 3 to 7`);
    if (s.paragraphs.some((p) => !p.trim())) fail(`${where}: empty paragraph`);
    if (s.tags.length === 0) fail(`${where}: no tags`);
    for (const t of s.tags) {
      const slug = tagSlug(t);
      const known = tagNames.get(slug);
      if (!isValidSlug(slug)) fail(`${where}: tag slug not valid: ${t}`);
      else if (known !== undefined && known !== t) fail(`${where}: tag "${t}" clashes with "${known}"`);
      tagNames.set(slug, t);
    }
    if (!(s.publishedHoursAgo > 0)) fail(`${where}: publishedHoursAgo must be positive`);
    const noted = s.updateNote !== undefined || s.correctionNote !== undefined;
    if (noted !== (s.updatedHoursAgo !== undefined)) fail(`${where}: an update time needs a note and a note needs an update time`);
    if (s.updatedHoursAgo !== undefined && !(s.updatedHoursAgo >= 0 && s.updatedHoursAgo < s.publishedHoursAgo)) {
      fail(`${where}: updated before it was published`);
    }
  }

  for (const w of n.wireStories) checkWireStory(w, images, fail);
  duplicates('wire guid', n.wireStories.map((w) => w.guid));

  duplicates('video key', n.videos.map((v) => v.key));
  duplicates('video slug', n.videos.map(videoSlug));
  for (const v of n.videos) {
    const where = `video ${v.key}`;
    if (!imageKeys.has(v.posterImageKey)) fail(`${where}: unknown poster ${v.posterImageKey}`);
    if (v.sectionPath !== undefined && !sectionPaths.has(v.sectionPath)) fail(`${where}: unknown section ${v.sectionPath}`);
    if (v.seriesKey !== undefined && !seriesKeys.has(v.seriesKey)) fail(`${where}: unknown series ${v.seriesKey}`);
    if (!(v.durationSeconds > 0) || !(v.publishedHoursAgo > 0)) fail(`${where}: duration and age must be positive`);
  }

  const listSlugs = duplicates('list slug', n.lists.map((l) => l.slug));
  for (const l of n.lists) {
    if (!isValidSlug(l.slug)) fail(`list slug not valid: ${l.slug}`);
    for (const k of l.storyKeys) if (!storyKeys.has(k)) fail(`list ${l.slug}: unknown story ${k}`);
    duplicates(`entry in list ${l.slug}`, l.storyKeys);
  }

  const ages = new Map(allStories.map((s) => [s.key, s.publishedHoursAgo]));
  for (const v of n.views) {
    const age = ages.get(v.storyKey);
    if (age === undefined) {
      fail(`views for unknown story ${v.storyKey}`);
      continue;
    }
    duplicates(`view hour for ${v.storyKey}`, v.counts.map((c) => String(c.hoursAgo)));
    for (const c of v.counts) {
      if (!Number.isInteger(c.hoursAgo) || c.hoursAgo < 0 || c.hoursAgo >= age) fail(`views for ${v.storyKey} at ${c.hoursAgo}h ago, before it was published`);
      if (!Number.isInteger(c.views) || c.views < 0) fail(`views for ${v.storyKey}: ${c.views} is not a count`);
    }
  }

  const site = n.settings.site;
  if (site.dontMissListSlug !== null && !listSlugs.has(site.dontMissListSlug)) fail(`settings: unknown list ${site.dontMissListSlug}`);
  if (site.featuredSeriesSlug !== null && !n.series.some((s) => s.slug === site.featuredSeriesSlug)) {
    fail(`settings: unknown series ${site.featuredSeriesSlug}`);
  }
  if (!isTimeZone(site.timeZone)) fail(`settings: unknown time zone ${site.timeZone}`);
  return problems;
}

function checkWireStory(
  w: DemoWireStory,
  images: ReadonlyMap<string, { readonly wire?: { readonly provider: string } }>,
  fail: (message: string) => void,
): void {
  const where = `wire story ${w.key}`;
  const a = w.agency;
  if (![a.provider, a.name, a.source, a.copyrightHolder, a.copyrightNotice, a.usageTerms].every((f) => f.trim())) {
    fail(`${where}: agency lacks a field`);
  }
  if (!w.guid.startsWith(`urn:${a.provider}:`)) fail(`${where}: guid ${w.guid} is not the agency's`);
  if (!Number.isInteger(w.version) || w.version < 1) fail(`${where}: version must be a whole number from 1`);
  if (!w.datelinePlace.trim() || !w.byline.trim()) fail(`${where}: needs a dateline place and a byline`);
  if (images.get(w.imageKey)?.wire?.provider !== a.provider) fail(`${where}: lead photo is not the agency's`);
}

const inUnit = (v: number) => v >= 0 && v <= 1;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
