import { test } from 'node:test';
import assert from 'node:assert/strict';
import { focalCrop } from '../../src/media/focal-crop.ts';

test('a wide picture cropped square keeps full height and centres on the focal point', () => {
  assert.deepEqual(focalCrop({ width: 1000, height: 500 }, 1, { x: 0.5, y: 0.5 }), { left: 250, top: 0, width: 500, height: 500 });
  assert.deepEqual(focalCrop({ width: 1000, height: 500 }, 1, { x: 0.3, y: 0.5 }), { left: 50, top: 0, width: 500, height: 500 });
});

test('the region slides back inside the picture at the edges', () => {
  assert.deepEqual(focalCrop({ width: 1000, height: 500 }, 1, { x: 0.05, y: 0.5 }), { left: 0, top: 0, width: 500, height: 500 });
  assert.deepEqual(focalCrop({ width: 1000, height: 500 }, 1, { x: 1, y: 0 }), { left: 500, top: 0, width: 500, height: 500 });
  assert.deepEqual(focalCrop({ width: 900, height: 1600 }, 16 / 9, { x: 0.5, y: 0.02 }), { left: 0, top: 0, width: 900, height: 506 });
});

test('out-of-range and missing focal values are clamped or centred', () => {
  assert.deepEqual(focalCrop({ width: 1000, height: 500 }, 1, { x: 7, y: -3 }), { left: 500, top: 0, width: 500, height: 500 });
  assert.deepEqual(focalCrop({ width: 1000, height: 500 }, 1, { x: Number.NaN, y: 0.5 }), { left: 250, top: 0, width: 500, height: 500 });
});

test('for many sizes, aspects and points: inside the picture, right aspect, focal point in frame', () => {
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = 0; i < 5000; i++) {
    const source = { width: 1 + Math.floor(random() * 4000), height: 1 + Math.floor(random() * 4000) };
    const aspect = [16 / 9, 1, 1200 / 630, 9 / 16][i % 4];
    const focal = { x: random(), y: random() };
    const r = focalCrop(source, aspect, focal);
    const context = JSON.stringify({ source, aspect, focal, r });
    assert.ok(r.left >= 0 && r.top >= 0 && r.width >= 1 && r.height >= 1, context);
    assert.ok(r.left + r.width <= source.width && r.top + r.height <= source.height, context);
    assert.ok(r.width === source.width || r.height === source.height, `largest fit: ${context}`);
    if (r.width > 20 && r.height > 20) assert.ok(Math.abs(r.width / r.height - aspect) / aspect < 0.06, `aspect: ${context}`);
    const fx = focal.x * source.width;
    const fy = focal.y * source.height;
    assert.ok(fx >= r.left - 1 && fx <= r.left + r.width + 1 && fy >= r.top - 1 && fy <= r.top + r.height + 1, `in frame: ${context}`);
  }
});
