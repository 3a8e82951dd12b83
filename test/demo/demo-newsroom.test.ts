import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { agencyCopyrightLine, demoNewsroom, validateDemoNewsroom } from '../../src/demo/demo-newsroom.ts';

const n = demoNewsroom;
const imageByKey = new Map(n.images.map((i) => [i.key, i]));

describe('demo newsroom', () => {
  it('is whole: the validator finds nothing wrong', () => {
    assert.deepEqual(validateDemoNewsroom(n), []);
  });

  it('is a fictional station in the Central time zone', () => {
    const { site, callLetters, channel } = n.settings;
    assert.equal(site.timeZone, 'America/Chicago');
    assert.equal(site.locale, 'en-US');
    assert.equal(site.baseUrl, 'http://127.0.0.1:3000');
    assert.equal(site.name, `${callLetters} ${channel} News`);
    assert.match(callLetters, /^K[A-Z]{3}$/);
    for (const url of Object.values(site.social)) assert.match(url ?? '', /^https:\/\//);
  });

  it('has nested sections for news, weather, sports, community and politics', () => {
    const paths = n.sections.map((s) => s.path);
    for (const p of ['news', 'news/local', 'news/national-world', 'weather', 'sports', 'community', 'politics']) {
      assert.ok(paths.includes(p), `missing section ${p}`);
    }
    assert.ok(paths.some((p) => p.split('/').length === 2 && !p.startsWith('news/')), 'a nested section outside news');
  });

  it('has at least 34 local stories spread over about ten days', () => {
    assert.ok(n.stories.length >= 34, `${n.stories.length} local stories`);
    const ages = n.stories.map((s) => s.publishedHoursAgo);
    assert.ok(Math.min(...ages) <= 12, 'something published in the last hours');
    assert.ok(Math.max(...ages) >= 200 && Math.max(...ages) <= 264, 'oldest story about ten days old');
    const days = new Set(ages.map((h) => Math.floor(h / 24)));
    assert.ok(days.size >= 9, `stories on ${days.size} distinct days`);
  });

  it('has several updated stories and a correction', () => {
    assert.ok(n.stories.filter((s) => s.updateNote).length >= 3);
    const corrected = n.stories.filter((s) => s.correctionNote);
    assert.ok(corrected.length >= 1);
    for (const s of corrected) assert.ok(s.updatedHoursAgo !== undefined && s.updatedHoursAgo < s.publishedHoursAgo);
  });

  it('has at least six wire stories carrying every part of the reference page', () => {
    assert.ok(n.wireStories.length >= 6, `${n.wireStories.length} wire stories`);
    for (const w of n.wireStories) {
      assert.equal(w.sectionPath, 'news/national-world', w.key);
      assert.match(w.datelinePlace, /^[A-Z][A-Z .]+(, [A-Z][A-Za-z. ]+)?$/, `${w.key} dateline ${w.datelinePlace}`);
      assert.equal(w.agency.source, 'PWS');
      assert.equal(w.agency.provider, 'pws');
      assert.equal(agencyCopyrightLine(w.agency), 'Copyright 2026 Prairie Wire Service. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.');
      assert.match(w.guid, /^urn:pws:2026:[a-z]+:[0-9a-f]{8}$/);
      assert.ok(Number.isInteger(w.version) && w.version >= 1);
      assert.match(w.byline, /^By [A-ZÁÉÍÓÚ ]+, Prairie Wire Service$/);
      const photo = imageByKey.get(w.imageKey);
      assert.ok(photo, `${w.key} lead photo`);
      assert.ok(photo.caption.length > 200, `${w.key} caption is wire-length`);
      assert.ok(photo.caption.endsWith(`(${photo.credit})`), `${w.key} caption ends with its credit`);
      assert.match(photo.credit, /^PWS Photo\/[A-Z]/);
      assert.equal(photo.wire?.provider, 'pws');
      assert.match(photo.wire?.guid ?? '', /^urn:pws:2026:photo:/);
    }
    assert.ok(n.wireStories.some((w) => w.version > 1 && w.updateNote), 'one wire story has moved past its first version');
  });

  it('has at least 14 videos, each with a poster, forecasts and sports among them', () => {
    assert.ok(n.videos.length >= 14, `${n.videos.length} videos`);
    for (const v of n.videos) assert.ok(imageByKey.has(v.posterImageKey), `${v.key} poster`);
    assert.ok(n.videos.filter((v) => v.title.startsWith('Storm Team Evening Forecast')).length >= 2);
    assert.ok(n.videos.filter((v) => v.sectionPath?.startsWith('sports')).length >= 4);
    const ages = n.videos.map((v) => v.publishedHoursAgo);
    assert.deepEqual(ages, [...ages].sort((a, b) => a - b), 'listed newest first');
  });

  it('has a Daily Pledge series with at least five entries', () => {
    const pledge = n.series.find((s) => s.slug === 'daily-pledge');
    assert.ok(pledge);
    assert.equal(pledge.name, 'Daily Pledge');
    const entries = [...n.stories, ...n.videos].filter((e) => e.seriesKey === pledge.key);
    assert.ok(entries.length >= 5, `${entries.length} entries`);
    assert.equal(n.settings.site.featuredSeriesSlug, pledge.slug);
  });

  it('has a Don’t Miss list of five or six stories', () => {
    const list = n.lists.find((l) => l.slug === n.settings.site.dontMissListSlug);
    assert.ok(list);
    assert.equal(list.name, 'Don’t Miss');
    assert.ok(list.storyKeys.length >= 5 && list.storyKeys.length <= 6);
  });
});
