import { test } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import { DiskMediaStore } from '../../src/media/disk-media-store.ts';
import { ingestImage } from '../../src/media/ingest-image.ts';
import { JobQueue } from '../../src/media/job-queue.ts';
import { offeredWidths, planRendition } from '../../src/media/plan-rendition.ts';
import { RenditionService } from '../../src/media/rendition-service.ts';
import { focalPermille, RENDITION_FORMATS, RENDITION_WIDTHS, type RenditionVariant } from '../../src/media/rendition-variant.ts';
import { assetFor } from './support/asset.ts';
import { phoneJpeg, photo, pixelAt } from './support/make-images.ts';
import { tempDir } from './support/temp-dir.ts';

async function setup(t: Parameters<typeof tempDir>[0], width = 1000, height = 667) {
  const store = new DiskMediaStore(await tempDir(t));
  const image = await ingestImage(store, await photo(width, height));
  return { store, image, asset: assetFor(image), service: new RenditionService({ store }) };
}

test('width renditions come in every format at the planned size, never upscaled', async (t) => {
  const { image, asset, service } = await setup(t);
  const widths = offeredWidths(RENDITION_WIDTHS, image.width);
  assert.deepEqual(widths, [320, 640, 960, 1280]);
  for (const format of RENDITION_FORMATS) {
    for (const width of widths) {
      const variant: RenditionVariant = { kind: 'width', width, format };
      const rendition = await service.ensure(asset, variant);
      const metadata = await sharp(rendition.bytes).metadata();
      const plan = planRendition(image, variant);
      assert.equal(metadata.format, format === 'avif' ? 'heif' : format, `${format} ${width}`);
      assert.equal(rendition.contentType, `image/${format}`);
      assert.deepEqual([metadata.width, metadata.height], [plan.width, plan.height], `${format} ${width}`);
      assert.ok(metadata.width! <= image.width);
      assert.equal(metadata.exif, undefined);
    }
  }
  assert.equal(service.stats().rendered, 12);
});

test('a rendition is made once, then served from the store, also after a restart', async (t) => {
  const { store, asset, service } = await setup(t);
  const variant: RenditionVariant = { kind: 'width', width: 640, format: 'webp' };
  const first = await service.ensure(asset, variant);
  const second = await service.ensure(asset, variant);
  assert.equal(first.created, true);
  assert.equal(second.created, false);
  assert.deepEqual(second.bytes, first.bytes);
  assert.deepEqual(service.stats(), { rendered: 1, reused: 1, joined: 0 });
  assert.equal(await store.has(first.key), true);

  const restarted = new RenditionService({ store });
  const third = await restarted.ensure(asset, variant);
  assert.equal(third.created, false);
  assert.deepEqual(restarted.stats(), { rendered: 0, reused: 1, joined: 0 });
});

test('concurrent requests for one rendition share a single job', async (t) => {
  const { asset, service } = await setup(t);
  const variant: RenditionVariant = { kind: 'width', width: 960, format: 'avif' };
  const results = await Promise.all(Array.from({ length: 6 }, () => service.ensure(asset, variant)));
  assert.deepEqual(service.stats(), { rendered: 1, reused: 0, joined: 5 });
  for (const result of results) assert.equal(result, results[0]);
});

test('renditions run one at a time through the queue', async (t) => {
  const { asset, service } = await setup(t);
  let peak = 0;
  const watch = setInterval(() => (peak = Math.max(peak, service.queue.running)), 1);
  t.after(() => clearInterval(watch));
  await Promise.all(RENDITION_FORMATS.map((format) => service.ensure(asset, { kind: 'width', width: 640, format })));
  assert.equal(service.queue.concurrency, 1);
  assert.equal(peak, 1);
  assert.equal(service.stats().rendered, 3);
});

test('a full queue refuses new work with busy instead of piling up', async (t) => {
  const store = new DiskMediaStore(await tempDir(t));
  const image = await ingestImage(store, await photo(400, 300));
  const queue = new JobQueue({ concurrency: 1, maxQueued: 0 });
  const service = new RenditionService({ store, queue });
  let release!: () => void;
  const blocker = queue.run(() => new Promise<void>((resolve) => (release = resolve)));
  await assert.rejects(service.ensure(assetFor(image), { kind: 'width', width: 320, format: 'jpeg' }), { code: 'busy' });
  release();
  await blocker;
});

test('crops are only made for the asset’s current focal point and for widths it offers', async (t) => {
  const { asset, service } = await setup(t);
  const focal = focalPermille(asset.focal);
  await assert.rejects(service.ensure(asset, { kind: 'crop', box: 'square', width: 320, focal: { x: 100, y: 100 }, format: 'jpeg' }), {
    code: 'unknown-rendition',
  });
  // 1000 px wide: 1280 is the last rung worth making (rendered at 1000), 1920 would repeat it.
  await assert.rejects(service.ensure(asset, { kind: 'width', width: 1920, format: 'jpeg' }), { code: 'unknown-rendition' });
  // A square crop of a 1000×667 picture is 667 wide: 960 is the last rung.
  await assert.rejects(service.ensure(asset, { kind: 'crop', box: 'square', width: 1280, focal, format: 'jpeg' }), {
    code: 'unknown-rendition',
  });
  const made = await service.ensure(asset, { kind: 'crop', box: 'square', width: 960, focal, format: 'jpeg' });
  const metadata = await sharp(made.bytes).metadata();
  assert.deepEqual([metadata.width, metadata.height], [667, 667]);
  assert.equal(service.stats().rendered, 1);
});

test('a stored crop keeps being served after the focal point moves', async (t) => {
  const { asset, service } = await setup(t);
  const variant: RenditionVariant = { kind: 'crop', box: 'thumb', width: 320, focal: focalPermille(asset.focal), format: 'webp' };
  await service.ensure(asset, variant);
  const moved = { ...asset, focal: { x: 0.1, y: 0.9 } };
  const again = await service.ensure(moved, variant);
  assert.equal(again.created, false);
});

test('a missing original is not-found, and nothing is stored', async (t) => {
  const { store, asset, service } = await setup(t);
  await store.delete(asset.storageKey);
  const variant: RenditionVariant = { kind: 'width', width: 320, format: 'jpeg' };
  await assert.rejects(service.ensure(asset, variant), { code: 'not-found' });
  assert.equal(service.stats().rendered, 0);
});

test('a malformed storage key is refused before any store access', async (t) => {
  const { asset, service } = await setup(t);
  await assert.rejects(service.ensure({ ...asset, storageKey: '../../etc/passwd' }, { kind: 'width', width: 320, format: 'jpeg' }), {
    code: 'invalid-key',
  });
});

test('an original put in the store by other means is still rendered upright', async (t) => {
  const store = new DiskMediaStore(await tempDir(t));
  const storageKey = `${'e'.repeat(64)}.jpg`;
  await store.put(storageKey, await phoneJpeg(), 'image/jpeg');
  const service = new RenditionService({ store });
  const asset = assetFor({ storageKey, mimeType: 'image/jpeg', width: 40, height: 60, bytes: 0 });
  const made = await service.ensure(asset, { kind: 'width', width: 320, format: 'webp' });
  const metadata = await sharp(made.bytes).metadata();
  assert.deepEqual([metadata.width, metadata.height], [40, 60]);
  const [r, , b] = await pixelAt(made.bytes, 20, 5);
  assert.ok(r > 200 && b < 60, 'red on top');
});
