import { test } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import { DiskMediaStore } from '../../src/media/disk-media-store.ts';
import { ingestImage } from '../../src/media/ingest-image.ts';
import { planRendition } from '../../src/media/plan-rendition.ts';
import { RenditionService } from '../../src/media/rendition-service.ts';
import { focalPermille, type CropBox, type RenditionVariant } from '../../src/media/rendition-variant.ts';
import { assetFor } from './support/asset.ts';
import { solid } from './support/make-images.ts';
import { tempDir } from './support/temp-dir.ts';

/** A 1600×900 blue picture with a red 60 px square centred at (1400, 150): the subject, near a corner. */
async function pictureWithSubject(): Promise<Buffer> {
  const marker = await solid(60, 60, '#ff0000');
  return sharp(await solid(1600, 900, '#0000ff'))
    .composite([{ input: marker, left: 1370, top: 120 }])
    .png()
    .toBuffer();
}

async function redPixels(image: Uint8Array): Promise<{ count: number; x: number; y: number }> {
  const { data, info } = await sharp(image).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let count = 0;
  let sx = 0;
  let sy = 0;
  for (let y = 0; y < info.height; y++) {
    for (let x = 0; x < info.width; x++) {
      const i = (y * info.width + x) * info.channels;
      if (data[i] > 180 && data[i + 2] < 90) {
        count += 1;
        sx += x;
        sy += y;
      }
    }
  }
  return { count, x: sx / count, y: sy / count };
}

test('focal crops keep the subject in frame, where the plan puts it', async (t) => {
  const store = new DiskMediaStore(await tempDir(t));
  const image = await ingestImage(store, await pictureWithSubject());
  const asset = assetFor(image, { focal: { x: 1400 / 1600, y: 150 / 900 } });
  const service = new RenditionService({ store });

  for (const [box, width] of [['square', 320], ['thumb', 640], ['social', 1200]] as [CropBox, number][]) {
    const variant: RenditionVariant = { kind: 'crop', box, width, focal: focalPermille(asset.focal), format: 'webp' };
    const plan = planRendition(image, variant);
    const made = await service.ensure(asset, variant);
    const metadata = await sharp(made.bytes).metadata();
    assert.deepEqual([metadata.width, metadata.height], [plan.width, plan.height], box);

    const red = await redPixels(made.bytes);
    assert.ok(red.count > 0, `${box}: the subject is in frame`);
    const crop = plan.crop!;
    const expectedX = ((1400 - crop.left) * plan.width) / crop.width;
    const expectedY = ((150 - crop.top) * plan.height) / crop.height;
    assert.ok(Math.abs(red.x - expectedX) < 4 && Math.abs(red.y - expectedY) < 4, `${box}: subject at ${red.x},${red.y}, expected ${expectedX},${expectedY}`);
  }
});

test('a centred crop of the same picture would lose the subject', async (t) => {
  const store = new DiskMediaStore(await tempDir(t));
  const image = await ingestImage(store, await pictureWithSubject());
  const asset = assetFor(image, { focal: { x: 0.5, y: 0.5 } });
  const service = new RenditionService({ store });
  const made = await service.ensure(asset, { kind: 'crop', box: 'square', width: 320, focal: { x: 500, y: 500 }, format: 'jpeg' });
  assert.equal((await redPixels(made.bytes)).count, 0);
});
