import { test } from 'node:test';
import assert from 'node:assert/strict';
import { benchRenditions } from '../../bench/renditions-bench.ts';

test('the renditions benchmark renders every format and width and reports rates', async () => {
  const result = await benchRenditions({ photos: 1, width: 400, height: 300 });
  // 400 px wide: rungs 320 and 640 (rendered at 400), in three formats.
  assert.equal(result.renditions, 6);
  assert.ok(result.renditionsPerSecond > 0);
  assert.ok(result.reusedPerSecond > 0);
  for (const format of ['avif', 'webp', 'jpeg'] as const) {
    assert.equal(result.perFormat[format].renditions, 2);
    assert.ok(result.perFormat[format].perSecond > 0);
  }
  assert.equal(result.sourceSize, '400x300');
});
