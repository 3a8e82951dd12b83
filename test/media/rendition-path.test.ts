import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseRenditionPath, renditionKey, renditionPath } from '../../src/media/rendition-path.ts';
import { CROP_BOXES, RENDITION_FORMATS, RENDITION_WIDTHS, type RenditionVariant } from '../../src/media/rendition-variant.ts';

const hash = 'ab'.repeat(32);

test('builds immutable, content-addressed paths and matching store keys', () => {
  const width: RenditionVariant = { kind: 'width', width: 640, format: 'avif' };
  const crop: RenditionVariant = { kind: 'crop', box: 'thumb', width: 320, focal: { x: 500, y: 333 }, format: 'jpeg' };
  assert.equal(renditionPath(hash, width), `/media/${hash}/w640.avif`);
  assert.equal(renditionPath(hash, crop), `/media/${hash}/thumb-w320-f500-333.jpg`);
  assert.equal(renditionKey(hash, crop), `renditions/${hash}/thumb-w320-f500-333.jpg`);
});

test('every variant it can build parses back to itself', () => {
  const variants: RenditionVariant[] = [];
  for (const format of RENDITION_FORMATS) {
    for (const width of RENDITION_WIDTHS) variants.push({ kind: 'width', width, format });
    for (const [box, spec] of Object.entries(CROP_BOXES)) {
      for (const width of spec.widths) {
        for (const focal of [{ x: 0, y: 0 }, { x: 1000, y: 1000 }, { x: 412, y: 87 }]) {
          variants.push({ kind: 'crop', box: box as 'thumb', width, focal, format });
        }
      }
    }
  }
  for (const variant of variants) {
    assert.deepEqual(parseRenditionPath(renditionPath(hash, variant)), { hash, variant });
  }
});

test('refuses anything not exactly a known rendition', () => {
  const bad = [
    `/media/${hash}/w641.avif`,
    `/media/${hash}/w0640.avif`,
    `/media/${hash}/w640.png`,
    `/media/${hash}/w640.jpeg`,
    `/media/${hash}/w640.AVIF`,
    `/media/${hash}/w640-f500-500.jpg`,
    `/media/${hash}/thumb-w640.jpg`,
    `/media/${hash}/thumb-w640-f500.jpg`,
    `/media/${hash}/thumb-w640-f1001-0.jpg`,
    `/media/${hash}/thumb-w640-f050-0.jpg`,
    `/media/${hash}/social-w640-f500-500.jpg`,
    `/media/${hash}/wide-w640-f500-500.jpg`,
    `/media/${hash.slice(1)}/w640.jpg`,
    `/media/${hash.toUpperCase()}/w640.jpg`,
    `/media/${hash}/../w640.jpg`,
    `/media/${hash}/w640.jpg?x=1`,
    `/media/${hash}/w640.jpg/`,
    `/media/${hash}.jpg`,
    `/images/${hash}/w640.jpg`,
    '',
  ];
  for (const path of bad) assert.equal(parseRenditionPath(path), null, path);
});

test('social cards come in 600 and 1200', () => {
  assert.equal(parseRenditionPath(`/media/${hash}/social-w1200-f500-500.jpg`)?.variant.width, 1200);
  assert.equal(parseRenditionPath(`/media/${hash}/social-w600-f500-500.webp`)?.variant.width, 600);
  assert.equal(parseRenditionPath(`/media/${hash}/w1200.jpg`), null);
});
