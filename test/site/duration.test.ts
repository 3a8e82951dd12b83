import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDuration, isoDuration } from '../../src/site/format/duration.ts';

describe('durations', () => {
  it('formats running times as players do', () => {
    assert.equal(formatDuration(5), '0:05');
    assert.equal(formatDuration(125), '2:05');
    assert.equal(formatDuration(3725), '1:02:05');
    assert.equal(formatDuration(59.6), '1:00');
  });

  it('writes ISO 8601 durations', () => {
    assert.equal(isoDuration(0), 'PT0S');
    assert.equal(isoDuration(125), 'PT2M5S');
    assert.equal(isoDuration(3600), 'PT1H');
    assert.equal(isoDuration(3725), 'PT1H2M5S');
  });
});
