import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import sharp from 'sharp';
import { renderDemoImage, renderStationLogo, stationLogoSvg } from '../../src/demo/demo-image.ts';
import { demoNewsroom } from '../../src/demo/demo-newsroom.ts';
import type { DemoLight, DemoSceneKind } from '../../src/demo/demo-types.ts';
import { sceneSvg } from '../../src/demo/image/scene-svg.ts';
import { scenePainters } from '../../src/demo/image/scene-painters.ts';

const sample = demoNewsroom.images[0];
const lights: readonly DemoLight[] = ['dawn', 'day', 'dusk', 'night', 'overcast'];

describe('renderDemoImage', () => {
  it('returns a decodable 1600 x 900 JPEG by default', async () => {
    const jpeg = await renderDemoImage(sample);
    assert.deepEqual([...jpeg.subarray(0, 3)], [0xff, 0xd8, 0xff]);
    const meta = await sharp(jpeg).metadata();
    assert.equal(meta.format, 'jpeg');
    assert.equal(meta.width, 1600);
    assert.equal(meta.height, 900);
  });

  it('returns the asked size, whatever the aspect ratio', async () => {
    for (const [w, h] of [[640, 360], [400, 400], [300, 600]] as const) {
      const meta = await sharp(await renderDemoImage(sample, w, h)).metadata();
      assert.deepEqual([meta.format, meta.width, meta.height], ['jpeg', w, h]);
    }
  });

  it('draws the same picture for the same key and a different one for another', async () => {
    const a = await renderDemoImage(sample, 160, 90);
    const b = await renderDemoImage(sample, 160, 90);
    const other = await renderDemoImage({ ...sample, key: `${sample.key}-other` }, 160, 90);
    assert.ok(a.equals(b));
    assert.ok(!a.equals(other));
  });

  it('draws a picture, not a flat fill', async () => {
    const stats = await sharp(await renderDemoImage(sample, 320, 180)).stats();
    assert.ok(stats.channels.every((ch) => ch.stdev > 10), 'colour varies across the picture');
  });

  it('renders every scene kind in every light, as SVG without any text', async () => {
    const kinds = Object.keys(scenePainters) as DemoSceneKind[];
    assert.equal(kinds.length, 29);
    for (const kind of kinds) {
      for (const light of lights) {
        const image = { key: `probe-${kind}-${light}`, scene: { kind, light, description: 'front tank plant footbridge rooftops chairs' } };
        const svg = sceneSvg(image, 64, 36);
        assert.doesNotMatch(svg, /<text|NaN|undefined/, `${kind} ${light}`);
        const meta = await sharp(await renderDemoImage(image, 64, 36)).metadata();
        assert.equal(meta.width, 64, `${kind} ${light}`);
      }
    }
  });

  it('every demo image renders', async () => {
    for (const image of demoNewsroom.images) {
      const meta = await sharp(await renderDemoImage(image, 96, 54)).metadata();
      assert.deepEqual([meta.format, meta.width, meta.height], ['jpeg', 96, 54], image.key);
    }
  });

  it('refuses sizes that are not whole pixels in range', async () => {
    await assert.rejects(renderDemoImage(sample, 0, 900), RangeError);
    await assert.rejects(renderDemoImage(sample, 1600.5, 900), RangeError);
    await assert.rejects(renderDemoImage(sample, 1600, 100_000), RangeError);
  });
});

describe('station logo', () => {
  it('renders a PNG of the asked height', async () => {
    const png = await renderStationLogo(demoNewsroom.settings.site.name, 96);
    const meta = await sharp(png).metadata();
    assert.equal(meta.format, 'png');
    assert.equal(meta.height, 96);
    assert.ok((meta.width ?? 0) > 96);
  });

  it('sets call letters, channel and tagline apart, and escapes names', () => {
    const svg = stationLogoSvg('KQBX 8 News');
    assert.match(svg, />8<\/text>/);
    assert.match(svg, />KQBX<\/text>/);
    assert.match(svg, />NEWS<\/text>/);
    const plain = stationLogoSvg('Tom & Jerry’s <News>');
    assert.match(plain, /Tom &#38; Jerry’s &#60;News&#62;/);
    assert.doesNotMatch(plain, /<News>/);
  });
});
