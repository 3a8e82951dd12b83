import { test } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import { DiskMediaStore } from '../../src/media/disk-media-store.ts';
import { ingestImage } from '../../src/media/ingest-image.ts';
import { parseRenditionPath } from '../../src/media/rendition-path.ts';
import { RenditionService } from '../../src/media/rendition-service.ts';
import { responsiveImageFor } from '../../src/media/responsive-image-for.ts';
import type { ResponsiveImage } from '../../src/media/responsive-image.ts';
import { assetFor } from './support/asset.ts';
import { photo } from './support/make-images.ts';
import { tempDir } from './support/temp-dir.ts';

const hash = '0f'.repeat(32);
const image = (width: number, height: number) =>
  assetFor({ storageKey: `${hash}.jpg`, mimeType: 'image/jpeg', width, height, bytes: 1000 });

function entries(srcset: string): [string, number][] {
  return srcset.split(', ').map((entry) => {
    const [url, descriptor] = entry.split(' ');
    return [url, Number(descriptor.replace(/w$/, ''))];
  });
}

test('offers AVIF, WebP and JPEG for every useful width, largest at the source width', () => {
  const result = responsiveImageFor(image(1000, 667), { sizes: '(min-width: 960px) 640px, 100vw' });
  assert.equal(result.alt, 'A council meeting');
  assert.equal(result.sizes, '(min-width: 960px) 640px, 100vw');
  assert.deepEqual(result.sources.map((s) => s.type), ['image/avif', 'image/webp', 'image/jpeg']);
  assert.deepEqual(entries(result.sources[0].srcset), [
    [`/media/${hash}/w320.avif`, 320],
    [`/media/${hash}/w640.avif`, 640],
    [`/media/${hash}/w960.avif`, 960],
    [`/media/${hash}/w1280.avif`, 1000],
  ]);
  assert.equal(result.src, `/media/${hash}/w960.jpg`);
  assert.deepEqual([result.width, result.height], [960, 640]);
});

test('a small picture gets one rendition at its own width', () => {
  const result = responsiveImageFor(image(200, 100), { sizes: '200px' });
  assert.deepEqual(entries(result.sources[2].srcset), [[`/media/${hash}/w320.jpg`, 200]]);
  assert.deepEqual([result.src, result.width, result.height], [`/media/${hash}/w320.jpg`, 200, 100]);
});

test('maxWidth caps the ladder for narrow slots', () => {
  const result = responsiveImageFor(image(4000, 3000), { sizes: '320px', maxWidth: 640 });
  assert.deepEqual(entries(result.sources[1].srcset).map(([, w]) => w), [320, 640]);
  assert.deepEqual([result.width, result.height], [640, 480]);
  const tiny = responsiveImageFor(image(4000, 3000), { sizes: '100px', maxWidth: 100 });
  assert.deepEqual(entries(tiny.sources[1].srcset).map(([, w]) => w), [320]);
});

test('crops name the box and the focal point, with the box aspect', () => {
  const asset = { ...image(3000, 2000), focal: { x: 0.25, y: 0.4 } };
  const thumb = responsiveImageFor(asset, { sizes: '50vw', crop: 'thumb' });
  assert.equal(thumb.src, `/media/${hash}/thumb-w960-f250-400.jpg`);
  assert.deepEqual([thumb.width, thumb.height], [960, 540]);
  assert.deepEqual(entries(thumb.sources[0].srcset).map(([, w]) => w), [320, 640, 960, 1280, 1920]);

  const square = responsiveImageFor(asset, { sizes: '80px', crop: 'square', maxWidth: 320 });
  assert.deepEqual([square.src, square.width, square.height], [`/media/${hash}/square-w320-f250-400.jpg`, 320, 320]);

  const social = responsiveImageFor(asset, { sizes: '1200px', crop: 'social' });
  assert.deepEqual([social.src, social.width, social.height], [`/media/${hash}/social-w1200-f250-400.jpg`, 1200, 630]);
});

test('every URL it builds is one the route accepts', () => {
  const results: ResponsiveImage[] = [
    responsiveImageFor(image(5000, 800), { sizes: '100vw' }),
    responsiveImageFor(image(300, 5000), { sizes: '100vw', crop: 'thumb' }),
    responsiveImageFor({ ...image(1234, 987), focal: { x: 0.999, y: 0.0004 } }, { sizes: '100vw', crop: 'social' }),
  ];
  for (const result of results) {
    for (const url of [result.src, ...result.sources.flatMap((s) => entries(s.srcset).map(([u]) => u))]) {
      assert.ok(parseRenditionPath(url), url);
    }
  }
});

test('a storage key that is not a content address is refused', () => {
  assert.throws(() => responsiveImageFor({ ...image(100, 100), storageKey: 'uploads/photo.jpg' }, { sizes: '100vw' }), {
    code: 'invalid-key',
  });
});

test('the descriptors match the files the rendition service makes', async (t) => {
  const store = new DiskMediaStore(await tempDir(t));
  const ingested = await ingestImage(store, await photo(1100, 700));
  const asset = assetFor(ingested, { focal: { x: 0.7, y: 0.3 } });
  const service = new RenditionService({ store });
  for (const crop of [undefined, 'thumb', 'square', 'social'] as const) {
    const result = responsiveImageFor(asset, { sizes: '100vw', crop });
    const jpeg = result.sources.find((s) => s.type === 'image/jpeg')!;
    for (const [url, width] of entries(jpeg.srcset)) {
      const parsed = parseRenditionPath(url)!;
      assert.equal(parsed.hash, ingested.sha256);
      const made = await service.ensure(asset, parsed.variant);
      assert.equal((await sharp(made.bytes).metadata()).width, width, url);
    }
    const fallback = await service.ensure(asset, parseRenditionPath(result.src)!.variant);
    const metadata = await sharp(fallback.bytes).metadata();
    assert.deepEqual([metadata.width, metadata.height], [result.width, result.height], result.src);
  }
});
