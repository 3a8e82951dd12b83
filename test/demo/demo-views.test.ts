import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { demoNewsroom } from '../../src/demo/demo-newsroom.ts';

const n = demoNewsroom;
const halfLife = n.settings.site.trendingHalfLifeHours;
const age = new Map([...n.stories, ...n.wireStories].map((s) => [s.key, s.publishedHoursAgo]));

/** Views weighted by age, the way a time-decayed trending rank counts them. */
const decayed = (counts: readonly { hoursAgo: number; views: number }[]) => counts.reduce((sum, c) => sum + c.views * 0.5 ** (c.hoursAgo / halfLife), 0);
const total = (counts: readonly { views: number }[]) => counts.reduce((sum, c) => sum + c.views, 0);

describe('demo views plan', () => {
  it('records views only after each story was published', () => {
    for (const v of n.views) {
      for (const c of v.counts) {
        assert.ok(Number.isInteger(c.hoursAgo) && c.hoursAgo >= 0, `${v.storyKey} at ${c.hoursAgo}`);
        assert.ok(c.hoursAgo < (age.get(v.storyKey) ?? 0), `${v.storyKey} viewed ${c.hoursAgo}h ago, before publication`);
        assert.ok(Number.isInteger(c.views) && c.views >= 0);
      }
    }
  });

  it('gives trending a handful of clearly hot stories from the last hours', () => {
    const ranked = [...n.views].sort((a, b) => decayed(b.counts) - decayed(a.counts));
    assert.ok(ranked.length >= 10, 'enough stories to fill a trending rail');
    const top = ranked.slice(0, 3);
    for (const v of top) assert.ok((age.get(v.storyKey) ?? Infinity) <= 24, `${v.storyKey} is recent`);
    assert.ok(top.some((v) => v.storyKey === 'old-mill-warehouse-fire'));
    assert.ok(decayed(top[2].counts) > 2 * decayed(ranked[5].counts), 'the top stories stand clear of the rest');
  });

  it('has older stories with more views in total that decay below the fresh ones', () => {
    const byKey = new Map(n.views.map((v) => [v.storyKey, v.counts]));
    const old = byKey.get('straight-line-winds') ?? [];
    const fresh = byKey.get('old-mill-warehouse-fire') ?? [];
    assert.ok(total(old) > total(fresh));
    assert.ok(decayed(old) < decayed(fresh) / 10);
  });
});
