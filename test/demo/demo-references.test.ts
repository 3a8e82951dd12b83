import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isValidSlug } from '../../src/domain/slug.ts';
import { authorSlug, demoNewsroom, storySlug, tagSlug, videoSlug } from '../../src/demo/demo-newsroom.ts';

const n = demoNewsroom;
const allStories = [...n.stories, ...n.wireStories];

function assertUnique(what: string, values: readonly string[]): void {
  const seen = new Set<string>();
  for (const v of values) {
    assert.ok(!seen.has(v), `duplicate ${what}: ${v}`);
    seen.add(v);
  }
}

describe('demo newsroom references', () => {
  it('keys are unique within each kind', () => {
    assertUnique('section', n.sections.map((s) => s.path));
    assertUnique('author', n.authors.map((a) => a.key));
    assertUnique('image', n.images.map((i) => i.key));
    assertUnique('story', allStories.map((s) => s.key));
    assertUnique('video', n.videos.map((v) => v.key));
    assertUnique('series', n.series.map((s) => s.key));
    assertUnique('list', n.lists.map((l) => l.slug));
    assertUnique('wire guid', n.wireStories.map((w) => w.guid));
  });

  it('slugs-to-be are valid and unique', () => {
    for (const [what, slugs] of [
      ['story', allStories.map(storySlug)],
      ['video', n.videos.map(videoSlug)],
      ['author', n.authors.map(authorSlug)],
      ['series', n.series.map((s) => s.slug)],
    ] as const) {
      assertUnique(`${what} slug`, slugs);
      for (const s of slugs) assert.ok(isValidSlug(s), `${what} slug ${s}`);
    }
    for (const t of allStories.flatMap((s) => s.tags)) assert.ok(isValidSlug(tagSlug(t)), `tag ${t}`);
  });

  it('every story points at a section, authors, an image and a series that exist', () => {
    const sections = new Set(n.sections.map((s) => s.path));
    const authors = new Set(n.authors.map((a) => a.key));
    const images = new Set(n.images.map((i) => i.key));
    const series = new Set(n.series.map((s) => s.key));
    for (const s of allStories) {
      assert.ok(sections.has(s.sectionPath), `${s.key} section ${s.sectionPath}`);
      for (const a of s.authorKeys) assert.ok(authors.has(a), `${s.key} author ${a}`);
      assert.ok(s.authorKeys.length > 0 || (s.byline ?? '').length > 0, `${s.key} has a byline`);
      if (s.imageKey) assert.ok(images.has(s.imageKey), `${s.key} image ${s.imageKey}`);
      if (s.seriesKey) assert.ok(series.has(s.seriesKey), `${s.key} series ${s.seriesKey}`);
    }
    for (const v of n.videos) {
      if (v.sectionPath) assert.ok(sections.has(v.sectionPath), `${v.key} section`);
      if (v.seriesKey) assert.ok(series.has(v.seriesKey), `${v.key} series`);
    }
  });

  it('every section’s parent comes before it', () => {
    const seen = new Set<string>();
    for (const s of n.sections) {
      const parent = s.path.split('/').slice(0, -1).join('/');
      if (parent) assert.ok(seen.has(parent), `${s.path} before ${parent}`);
      seen.add(s.path);
    }
  });

  it('list entries and views name stories that exist', () => {
    const keys = new Set(allStories.map((s) => s.key));
    for (const l of n.lists) for (const k of l.storyKeys) assert.ok(keys.has(k), `${l.slug}: ${k}`);
    for (const v of n.views) assert.ok(keys.has(v.storyKey), `views: ${v.storyKey}`);
  });

  it('every image is used, and every one has alt text, a caption and a credit', () => {
    const used = new Set([...allStories.map((s) => s.imageKey), ...n.videos.map((v) => v.posterImageKey)]);
    for (const i of n.images) {
      assert.ok(used.has(i.key), `image ${i.key} is never used`);
      assert.ok(i.alt.length >= 10 && i.caption.length > 0 && i.credit.length > 0, i.key);
      assert.ok(i.focal.x >= 0 && i.focal.x <= 1 && i.focal.y >= 0 && i.focal.y <= 1, i.key);
    }
  });

  it('no paragraph is empty and every story has three to seven', () => {
    for (const s of allStories) {
      assert.ok(s.paragraphs.length >= 3 && s.paragraphs.length <= 7, `${s.key}: ${s.paragraphs.length} paragraphs`);
      for (const p of s.paragraphs) assert.ok(p.trim().length >= 20, `${s.key}: short or empty paragraph "${p}"`);
    }
  });
});
