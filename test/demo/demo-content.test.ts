import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { demoNewsroom } from '../../src/demo/demo-newsroom.ts';

const n = demoNewsroom;
const allStories = [...n.stories, ...n.wireStories];

/** Every piece of text a reader can see. */
const readerText: ReadonlyArray<readonly [where: string, text: string]> = [
  ...allStories.flatMap((s) => [s.headline, s.dek, ...s.paragraphs, s.updateNote ?? '', s.correctionNote ?? ''].map((t) => [s.key, t] as const)),
  ...n.images.flatMap((i) => [i.alt, i.caption, i.credit].map((t) => [i.key, t] as const)),
  ...n.videos.flatMap((v) => [v.title, v.description].map((t) => [v.key, t] as const)),
  ...n.authors.map((a) => [a.key, a.bio] as const),
  ...n.sections.map((s) => [s.path, s.description] as const),
];

describe('demo newsroom writing', () => {
  it('has no placeholder text', () => {
    for (const [where, text] of readerText) {
      assert.doesNotMatch(text, /lorem|ipsum|TODO|TBD|FIXME|xxx|\[\w+\]/i, where);
    }
  });

  it('uses typographic quotes and apostrophes, never straight ones', () => {
    for (const [where, text] of readerText) assert.doesNotMatch(text, /["']/, `${where}: ${text}`);
  });

  it('names no weekday as a date, since publication times are relative to loading', () => {
    for (const [where, text] of readerText) {
      assert.doesNotMatch(text, /(?<!every )\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/, `${where}: ${text}`);
    }
  });

  it('keeps agency copy out of the station’s own stories', () => {
    for (const s of n.stories) {
      assert.notEqual(s.sectionPath, 'news/national-world', s.key);
      for (const p of s.paragraphs) assert.doesNotMatch(p, /\((PWS|AP)\)|Prairie Wire|Associated Press/, s.key);
    }
  });

  it('is set in Kessler Falls and Bur Oak County', () => {
    const local = n.stories.map((s) => s.paragraphs.join(' ')).join(' ');
    assert.ok((local.match(/Kessler Falls/g) ?? []).length >= 20);
    assert.ok((local.match(/Bur Oak County/g) ?? []).length >= 10);
  });

  it('gives local stories tags and at least one staff author or the staff byline', () => {
    for (const s of n.stories) {
      assert.ok(s.tags.length >= 2, `${s.key} tags`);
      assert.ok(s.authorKeys.length > 0 || s.byline === n.settings.staffByline, `${s.key} byline`);
    }
  });

  it('opens out-of-town local stories with a dateline place and no source', () => {
    const datelined = n.stories.filter((s) => s.datelinePlace);
    assert.ok(datelined.length >= 1);
    for (const s of datelined) assert.match(s.datelinePlace ?? '', /^[A-Z][A-Z ]+$/, s.key);
  });
});
