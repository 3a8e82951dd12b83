import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lifecycleState, nextVisibilityChange, publicAnswer } from '../../src/domain/visibility.ts';

const now = new Date('2026-05-05T12:00:00Z');
const at = (offsetMinutes: number) => new Date(now.getTime() + offsetMinutes * 60_000);
const story = (o: Partial<Parameters<typeof lifecycleState>[0]> = {}) => ({
  status: 'published' as const, publishedAt: at(-60), updatedAt: null, embargoUntil: null, expiresAt: null, ...o,
});

describe('visibility', () => {
  it('names every lifecycle state', () => {
    assert.equal(lifecycleState(story(), now), 'published');
    assert.equal(lifecycleState(story({ updatedAt: at(-5) }), now), 'updated');
    assert.equal(lifecycleState(story({ publishedAt: at(30) }), now), 'scheduled');
    assert.equal(lifecycleState(story({ embargoUntil: at(30) }), now), 'embargoed');
    assert.equal(lifecycleState(story({ expiresAt: at(-1) }), now), 'expired');
    assert.equal(lifecycleState(story({ status: 'draft' }), now), 'draft');
    assert.equal(lifecycleState(story({ status: 'withheld' }), now), 'withheld');
    assert.equal(lifecycleState(story({ status: 'killed' }), now), 'killed');
  });

  it('goes public exactly at the embargo instant', () => {
    const s = story({ embargoUntil: now });
    assert.equal(publicAnswer(s, new Date(now.getTime() - 1)), 'not-found');
    assert.equal(publicAnswer(s, now), 'ok');
  });

  it('answers gone only for a kill', () => {
    assert.equal(publicAnswer(story({ status: 'killed' }), now), 'gone');
    assert.equal(publicAnswer(story({ status: 'withheld' }), now), 'not-found');
    assert.equal(publicAnswer(story({ expiresAt: at(-1) }), now), 'not-found');
  });

  it('finds the next moment visibility changes by itself', () => {
    assert.deepEqual(nextVisibilityChange(story({ publishedAt: at(10), expiresAt: at(100) }), now), at(10));
    assert.deepEqual(nextVisibilityChange(story({ embargoUntil: at(5), expiresAt: at(100) }), now), at(5));
    assert.equal(nextVisibilityChange(story(), now), null);
    assert.equal(nextVisibilityChange(story({ status: 'draft', publishedAt: at(10) }), now), null);
  });
});
