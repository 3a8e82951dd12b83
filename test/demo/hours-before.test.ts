import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hoursBefore } from '../../src/demo/hours-before.ts';

describe('hoursBefore', () => {
  it('counts back whole and fractional hours from now', () => {
    const now = new Date('2026-05-05T18:00:00Z');
    assert.equal(hoursBefore(now, 0).toISOString(), '2026-05-05T18:00:00.000Z');
    assert.equal(hoursBefore(now, 6).toISOString(), '2026-05-05T12:00:00.000Z');
    assert.equal(hoursBefore(now, 1.5).toISOString(), '2026-05-05T16:30:00.000Z');
    assert.equal(hoursBefore(now, 240).toISOString(), '2026-04-25T18:00:00.000Z');
  });
});
