import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import sharp from 'sharp';
import { ingestImage } from '../../src/media/ingest-image.ts';
import { responsiveImageFor } from '../../src/media/responsive-image-for.ts';
import { insertMediaAsset } from '../../src/store/repositories/media-repository.ts';
import { buildTestApp, type TestApp } from '../support/test-app.ts';
import { openTestStore } from '../support/test-stores.ts';
import { describe } from 'node:test';

describe('media over HTTP', () => {
  let t: TestApp;
  let dispose: () => Promise<void>;
  before(async () => {
    const opened = await openTestStore('sqlite');
    dispose = opened.dispose;
    t = await buildTestApp(opened.store);
  });
  after(async () => {
    await t.close();
    await dispose();
  });

  it('serves every srcset rendition of a stored picture, immutable and typed', async () => {
    const png = await sharp({ create: { width: 1400, height: 800, channels: 3, background: { r: 30, g: 90, b: 160 } } }).png().toBuffer();
    const stored = await ingestImage(t.deps.media, png);
    const asset = await insertMediaAsset(t.deps.store.db, {
      storageKey: stored.storageKey, mimeType: stored.mimeType, width: stored.width, height: stored.height, bytes: stored.bytes,
      alt: 'River at dusk', caption: null, credit: null, focal: { x: 0.3, y: 0.6 }, wireProvider: null, wireGuid: null,
    });
    const image = responsiveImageFor(asset, { sizes: '100vw', crop: 'thumb' });
    const urls = [image.src, ...image.sources.flatMap((s) => s.srcset.split(',').map((part) => part.trim().split(' ')[0]))];
    assert.ok(urls.length >= 4);
    for (const url of urls) {
      const res = await t.app.inject(url);
      assert.equal(res.statusCode, 200, url);
      assert.match(res.headers['cache-control'] as string, /immutable/);
      assert.match(res.headers['content-type'] as string, /^image\/(avif|webp|jpeg)$/);
      const meta = await sharp(res.rawPayload).metadata();
      assert.ok(meta.width && meta.width <= 1400);
    }
  });

  it('answers 404 for unknown pictures and malformed rendition paths without image work', async () => {
    const hash = 'a'.repeat(64);
    for (const url of [`/media/${hash}/w640.jpg`, `/media/${hash}/w641.jpg`, '/media/not-a-hash/w640.jpg', `/media/${hash}/w640.gif`]) {
      const res = await t.app.inject(url);
      assert.equal(res.statusCode, 404, url);
    }
  });

  it('serves stored files with byte ranges for video players', async () => {
    const bytes = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 256));
    await t.deps.media.put('files/clip.mp4', bytes, 'video/mp4');
    const whole = await t.app.inject('/media/files/clip.mp4');
    assert.equal(whole.statusCode, 200);
    assert.equal(whole.rawPayload.length, 1000);
    const part = await t.app.inject({ url: '/media/files/clip.mp4', headers: { range: 'bytes=100-199' } });
    assert.equal(part.statusCode, 206);
    assert.equal(part.headers['content-range'], 'bytes 100-199/1000');
    assert.deepEqual(part.rawPayload, bytes.subarray(100, 200));
    const tail = await t.app.inject({ url: '/media/files/clip.mp4', headers: { range: 'bytes=-10' } });
    assert.deepEqual(tail.rawPayload, bytes.subarray(990));
    assert.equal((await t.app.inject({ url: '/media/files/clip.mp4', headers: { range: 'bytes=5000-' } })).statusCode, 416);
    assert.equal((await t.app.inject('/media/files/missing.mp4')).statusCode, 404);
  });
});
