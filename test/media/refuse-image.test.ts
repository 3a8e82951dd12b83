import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { DiskMediaStore } from '../../src/media/disk-media-store.ts';
import { imageLimits } from '../../src/media/image-limits.ts';
import { ingestImage } from '../../src/media/ingest-image.ts';
import { ingestImageFile } from '../../src/media/ingest-image-file.ts';
import { bombPng, photo } from './support/make-images.ts';
import { tempDir } from './support/temp-dir.ts';

async function setup(t: Parameters<typeof tempDir>[0]) {
  const dir = await tempDir(t);
  return { dir, store: new DiskMediaStore(join(dir, 'media')) };
}

test('a PNG named .jpg is taken as the PNG it is', async (t) => {
  const { dir, store } = await setup(t);
  const path = join(dir, 'holiday.jpg');
  await writeFile(path, await photo(120, 80, 'png'));
  const image = await ingestImageFile(store, path);
  assert.equal(image.mimeType, 'image/png');
  assert.ok(image.storageKey.endsWith('.png'));
});

test('a text file named .jpg is refused as unsupported', async (t) => {
  const { dir, store } = await setup(t);
  const path = join(dir, 'photo.jpg');
  await writeFile(path, 'This is not a picture, whatever its name says.\n');
  await assert.rejects(ingestImageFile(store, path), { name: 'MediaError', code: 'unsupported-type' });
});

test('SVG, TIFF and empty files are refused before any decoder sees them', async (t) => {
  const { store } = await setup(t);
  const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>');
  const tiff = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } }).tiff().toBuffer();
  for (const bytes of [svg, tiff, Buffer.alloc(0)]) {
    await assert.rejects(ingestImage(store, bytes), { code: 'unsupported-type' });
  }
});

test('a decompression bomb is refused with too-many-pixels, from its header alone', async (t) => {
  const { store } = await setup(t);
  const bomb = await bombPng();
  assert.ok(bomb.length < 1024 * 1024, `the bomb is small on disk: ${bomb.length} bytes`);
  const started = performance.now();
  await assert.rejects(ingestImage(store, bomb), (error: { code?: string; message?: string }) => {
    assert.equal(error.code, 'too-many-pixels');
    assert.match(error.message ?? '', /16000×16000|pixel limit/);
    return true;
  });
  assert.ok(performance.now() - started < 2000, 'refused without decoding');
});

test('the pixel limit can be lowered', async (t) => {
  const { store } = await setup(t);
  await assert.rejects(ingestImage(store, await photo(200, 200), { limits: imageLimits({ maxPixels: 39_999 }) }), {
    code: 'too-many-pixels',
  });
});

test('oversize files are refused with too-large, a file before it is read', async (t) => {
  const { dir, store } = await setup(t);
  const limits = imageLimits({ maxBytes: 10_000 });
  const big = await photo(400, 400, 'png');
  assert.ok(big.length > 10_000);
  await assert.rejects(ingestImage(store, big, { limits }), { code: 'too-large' });
  const path = join(dir, 'big.png');
  await writeFile(path, big);
  await assert.rejects(ingestImageFile(store, path, { limits }), { code: 'too-large' });
});

test('the default byte limit is 25 MiB', async (t) => {
  const { store } = await setup(t);
  const header = await photo(16, 16, 'png');
  const padded = Buffer.concat([header, Buffer.alloc(25 * 1024 * 1024 + 1 - header.length)]);
  await assert.rejects(ingestImage(store, padded), { code: 'too-large' });
});

test('truncated images are refused as corrupt', async (t) => {
  const { store } = await setup(t);
  const jpeg = await photo(300, 300, 'jpeg');
  const png = await photo(300, 300, 'png');
  await assert.rejects(ingestImage(store, jpeg.subarray(0, jpeg.length / 2)), { code: 'corrupt' });
  await assert.rejects(ingestImage(store, png.subarray(0, png.length - 40)), { code: 'corrupt' });
});

test('a refused image leaves nothing in the store', async (t) => {
  const { dir, store } = await setup(t);
  const jpeg = await photo(100, 100, 'jpeg');
  await assert.rejects(ingestImage(store, jpeg.subarray(0, 400)));
  const { readdir } = await import('node:fs/promises');
  assert.deepEqual(await readdir(dir), []);
});

test('limits must be positive integers', () => {
  assert.throws(() => imageLimits({ maxBytes: 0 }), RangeError);
  assert.throws(() => imageLimits({ maxPixels: 1.5 }), RangeError);
});
