import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bucketStart, decayedScore, HOUR_MS, isBot } from '../../src/domain/trending-score.ts';

describe('trending score', () => {
  const now = Date.parse('2026-05-05T18:30:00Z');

  it('halves a bucket’s weight every half-life', () => {
    const fresh = decayedScore([{ bucketStart: bucketStart(now), views: 100 }], now, 6);
    const older = decayedScore([{ bucketStart: bucketStart(now) - 6 * HOUR_MS, views: 100 }], now, 6);
    assert.ok(Math.abs(older / fresh - 0.5) < 1e-9);
  });

  it('ranks a story read now above one read more yesterday', () => {
    const hot = decayedScore([{ bucketStart: bucketStart(now), views: 500 }], now, 6);
    const cold = decayedScore([{ bucketStart: bucketStart(now) - 24 * HOUR_MS, views: 2000 }], now, 6);
    assert.ok(hot > cold);
  });

  it('follows the configured half-life', () => {
    const b = [{ bucketStart: bucketStart(now) - 3 * HOUR_MS, views: 100 }];
    assert.ok(decayedScore(b, now, 12) > decayedScore(b, now, 2));
  });

  it('recognises crawlers and tools, not browsers', () => {
    for (const ua of ['Googlebot/2.1 (+http://www.google.com/bot.html)', 'facebookexternalhit/1.1', 'curl/8.0', undefined, '']) assert.equal(isBot(ua), true, String(ua));
    for (const ua of ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 Safari/604.1', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/130.0 Safari/537.36'])
      assert.equal(isBot(ua), false, ua);
  });
});
