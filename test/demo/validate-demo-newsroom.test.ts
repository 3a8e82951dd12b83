import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { demoNewsroom, validateDemoNewsroom } from '../../src/demo/demo-newsroom.ts';
import type { DemoNewsroom } from '../../src/demo/demo-types.ts';

const [first, second] = demoNewsroom.stories;
const wire = demoNewsroom.wireStories[0];

/** The validator's answer for the demo newsroom with one part replaced. */
const problemsWith = (change: Partial<DemoNewsroom>) => validateDemoNewsroom({ ...demoNewsroom, ...change });

describe('validateDemoNewsroom', () => {
  it('flags a story in a section that does not exist', () => {
    const problems = problemsWith({ stories: [{ ...first, sectionPath: 'news/nowhere' }, ...demoNewsroom.stories.slice(1)] });
    assert.ok(problems.some((p) => p.includes('unknown section news/nowhere')), problems.join('\n'));
  });

  it('flags an unknown author, image and series', () => {
    const broken = { ...first, authorKeys: ['nobody'], imageKey: 'img-missing', seriesKey: 'no-series' };
    const problems = problemsWith({ stories: [broken, ...demoNewsroom.stories.slice(1)] });
    for (const expected of ['unknown author nobody', 'unknown image img-missing', 'unknown series no-series']) {
      assert.ok(problems.some((p) => p.includes(expected)), `${expected} in\n${problems.join('\n')}`);
    }
  });

  it('flags duplicate keys and duplicate slugs', () => {
    const problems = problemsWith({ stories: [first, { ...second, key: first.key, headline: first.headline }, ...demoNewsroom.stories.slice(2)] });
    assert.ok(problems.some((p) => p.startsWith('duplicate story key')));
    assert.ok(problems.some((p) => p.startsWith('duplicate story slug')));
  });

  it('flags an empty paragraph and a story with too few paragraphs', () => {
    const problems = problemsWith({ stories: [{ ...first, paragraphs: ['First.', '  '] }, ...demoNewsroom.stories.slice(1)] });
    assert.ok(problems.some((p) => p.includes('empty paragraph')));
    assert.ok(problems.some((p) => p.includes('2 paragraphs')));
  });

  it('flags an update time without a note, and an update before publication', () => {
    const { updateNote: _dropped, ...withoutNote } = { ...first, updatedHoursAgo: 1 };
    const late = { ...second, updatedHoursAgo: second.publishedHoursAgo + 5, updateNote: 'Updated.' };
    const problems = problemsWith({ stories: [withoutNote, late, ...demoNewsroom.stories.slice(2)] });
    assert.ok(problems.some((p) => p.includes(`${first.key}: an update time needs a note`)), problems.join('\n'));
    assert.ok(problems.some((p) => p.includes(`${second.key}: updated before it was published`)), problems.join('\n'));
  });

  it('flags a wire story whose guid or lead photo is not the agency’s', () => {
    const local = demoNewsroom.images.find((i) => !i.wire);
    assert.ok(local);
    const problems = problemsWith({ wireStories: [{ ...wire, guid: 'urn:other:1', imageKey: local.key }, ...demoNewsroom.wireStories.slice(1)] });
    assert.ok(problems.some((p) => p.includes('is not the agency')));
    assert.ok(problems.some((p) => p.includes('lead photo is not the agency')));
  });

  it('flags views recorded before a story was published', () => {
    const problems = problemsWith({ views: [{ storyKey: first.key, counts: [{ hoursAgo: first.publishedHoursAgo + 1, views: 10 }] }] });
    assert.ok(problems.some((p) => p.includes('before it was published')));
  });

  it('flags settings that name a list or series that does not exist', () => {
    const settings = { ...demoNewsroom.settings, site: { ...demoNewsroom.settings.site, dontMissListSlug: 'gone', featuredSeriesSlug: 'missing', timeZone: 'Mars/Olympus' } };
    const problems = problemsWith({ settings });
    for (const expected of ['unknown list gone', 'unknown series missing', 'unknown time zone']) {
      assert.ok(problems.some((p) => p.includes(expected)), expected);
    }
  });
});
