import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PageCache } from '../../src/cache/page-cache.ts';
import { RecentUses } from '../../src/cache/recent-uses.ts';
import { RenderFlights } from '../../src/cache/render-flights.ts';

describe('page cache admission', () => {
  it('counts requests by URL and forgets the oldest URLs once the window has passed them', () => {
    const uses = new RecentUses(4);
    assert.equal(uses.count('/a/'), 1);
    assert.equal(uses.count('/a/'), 2);
    assert.equal(uses.count('/b/'), 1);
    // A third distinct URL starts a new generation; /a/ and /b/ are still remembered.
    assert.equal(uses.count('/c/'), 1);
    assert.equal(uses.count('/a/'), 3);
    // Two more distinct URLs: the generation that held /b/ alone is dropped.
    assert.equal(uses.count('/d/'), 1);
    assert.equal(uses.count('/e/'), 1);
    assert.equal(uses.count('/b/'), 1);
    assert.throws(() => new RecentUses(1), RangeError);
  });

  it('remembers a URL asked for steadily however many other URLs pass', () => {
    const uses = new RecentUses(100);
    for (let i = 0; i < 10_000; i++) {
      uses.count(`/archive/${i}/`);
      if (i % 10 === 0) uses.count('/');
    }
    assert.equal(uses.count('/'), 1_001);
    assert.equal(uses.count('/archive/0/'), 1);
  });

  it('admits a URL from its second request when asked to, counting answers from memory as requests', () => {
    const cache = new PageCache({ maxBytes: 1 << 20, ttlMs: 60_000, graceMs: 30_000, minUses: 2 });
    assert.equal(cache.admits('/news/a/'), false);
    assert.equal(cache.admits('/news/a/'), true);
    cache.countHit('/news/b/');
    assert.equal(cache.admits('/news/b/'), true, 'a page served from memory was asked for');
    const always = new PageCache({ maxBytes: 1 << 20, ttlMs: 60_000, graceMs: 30_000 });
    assert.equal(always.admits('/news/c/'), true);
    assert.throws(() => new PageCache({ maxBytes: 1 << 20, ttlMs: 60_000, graceMs: 30_000, minUses: 0 }), RangeError);
  });

  it('tells the leader of a render whether another request waited for it', async () => {
    const flights = new RenderFlights();
    const alone = flights.lead('/a/');
    alone.settle();
    assert.equal(alone.awaited, false);
    assert.equal(flights.has('/a/'), false);

    const led = flights.lead('/b/');
    const waiting = flights.wait('/b/');
    assert.ok(waiting);
    assert.equal(led.awaited, true);
    led.settle();
    led.settle();
    await waiting;
    assert.equal(flights.wait('/b/'), undefined);
  });
});
