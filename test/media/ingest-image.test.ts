import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { DiskMediaStore } from '../../src/media/disk-media-store.ts';
import { ingestImage } from '../../src/media/ingest-image.ts';
import { imageLimits } from '../../src/media/image-limits.ts';
import { JobQueue } from '../../src/media/job-queue.ts';
import { animatedGif, phoneJpeg, photo, pixelAt } from './support/make-images.ts';
import { exifHasGps } from './support/exif-gps.ts';
import { tempDir } from './support/temp-dir.ts';

test('EXIF, GPS and XMP are stripped and EXIF orientation is applied', async (t) => {
  const upload = await phoneJpeg();
  const before = await sharp(upload).metadata();
  assert.equal(before.orientation, 6);
  assert.ok(before.exif && exifHasGps(before.exif), 'the test picture carries a GPS position');
  assert.ok(before.xmp);

  const store = new DiskMediaStore(await tempDir(t));
  const image = await ingestImage(store, upload);
  assert.equal(image.mimeType, 'image/jpeg');
  assert.deepEqual([image.width, image.height], [40, 60], 'stored upright');

  const stored = await store.get(image.storageKey);
  assert.ok(stored);
  const after = await sharp(stored.bytes).metadata();
  assert.equal(after.exif, undefined);
  assert.equal(after.xmp, undefined);
  assert.equal(after.iptc, undefined);
  assert.equal(after.orientation, undefined);
  assert.deepEqual([after.width, after.height], [40, 60]);
  // Upright, the red half of the stored pixels is on top.
  const top = await pixelAt(stored.bytes, 20, 5);
  const bottom = await pixelAt(stored.bytes, 20, 55);
  assert.ok(top[0] > 200 && top[2] < 60, `top is red: ${top}`);
  assert.ok(bottom[2] > 200 && bottom[0] < 60, `bottom is blue: ${bottom}`);
});

test('the storage key is the sha256 of the stored bytes, and the result describes them', async (t) => {
  const store = new DiskMediaStore(await tempDir(t));
  const image = await ingestImage(store, await photo(300, 200, 'png'));
  const stored = await store.get(image.storageKey);
  assert.ok(stored);
  const sha256 = createHash('sha256').update(stored.bytes).digest('hex');
  assert.equal(image.sha256, sha256);
  assert.equal(image.storageKey, `${sha256}.png`);
  assert.equal(image.bytes, stored.bytes.length);
  assert.equal(stored.contentType, 'image/png');
  assert.deepEqual([image.width, image.height, image.format], [300, 200, 'png']);
});

test('the same picture ingested twice is stored once', async (t) => {
  const store = new DiskMediaStore(await tempDir(t));
  const upload = await photo(200, 100);
  const first = await ingestImage(store, upload);
  const second = await ingestImage(store, upload);
  assert.equal(first.created, true);
  assert.equal(second.created, false);
  assert.equal(second.storageKey, first.storageKey);
});

test('JPEG, PNG, WebP and AVIF are kept in their own format', async (t) => {
  const store = new DiskMediaStore(await tempDir(t));
  for (const [format, mime, ext] of [
    ['jpeg', 'image/jpeg', 'jpg'],
    ['png', 'image/png', 'png'],
    ['webp', 'image/webp', 'webp'],
    ['avif', 'image/avif', 'avif'],
  ] as const) {
    const image = await ingestImage(store, await photo(64, 48, format));
    assert.equal(image.mimeType, mime, format);
    assert.ok(image.storageKey.endsWith(`.${ext}`), image.storageKey);
    const stored = await store.get(image.storageKey);
    const decoded = await sharp(stored!.bytes).metadata();
    assert.equal(decoded.format, format === 'avif' ? 'heif' : format);
    assert.deepEqual([decoded.width, decoded.height], [64, 48]);
  }
});

test('an animated GIF is kept as its first frame, as PNG', async (t) => {
  const store = new DiskMediaStore(await tempDir(t));
  const image = await ingestImage(store, await animatedGif());
  assert.equal(image.mimeType, 'image/png');
  assert.deepEqual([image.width, image.height], [40, 30]);
  const stored = await store.get(image.storageKey);
  const metadata = await sharp(stored!.bytes).metadata();
  assert.equal(metadata.pages ?? 1, 1);
  const [r, , b] = await pixelAt(stored!.bytes, 20, 15);
  assert.ok(r > 200 && b < 60, 'the first frame is the red one');
});

test('with a queue, normalisation waits for a free slot', async (t) => {
  const store = new DiskMediaStore(await tempDir(t));
  const queue = new JobQueue({ concurrency: 1 });
  let release!: () => void;
  const blocker = queue.run(() => new Promise<void>((resolve) => (release = resolve)));
  let done = false;
  const ingest = ingestImage(store, await photo(50, 50), { queue, limits: imageLimits() }).then((image) => ((done = true), image));
  await new Promise((resolve) => setTimeout(resolve, 200));
  assert.equal(done, false, 'still waiting behind the running job');
  assert.equal(queue.queued, 1);
  release();
  await blocker;
  const image = await ingest;
  assert.equal(await store.has(image.storageKey), true);
});
