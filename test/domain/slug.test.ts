import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isValidSectionPath, isValidSlug, slugify } from '../../src/domain/slug.ts';

describe('slugs', () => {
  it('makes URL-safe slugs from any headline', () => {
    assert.equal(slugify('Putin awards commemorative WWII medal to Kim Jong Un'), 'putin-awards-commemorative-wwii-medal-to-kim-jong-un');
    assert.equal(slugify('Kolstad’s Bakery marks 75 years — and counting!'), 'kolstads-bakery-marks-75-years-and-counting');
    assert.equal(slugify('Café São Paulo'), 'cafe-sao-paulo');
    assert.equal(slugify('<script>alert(1)</script>'), 'script-alert-1-script');
    assert.equal(slugify('!!!'), 'story');
    assert.ok(slugify('word '.repeat(40)).length <= 80);
    assert.ok(isValidSlug(slugify('word '.repeat(40))));
  });

  it('keeps sections off the site’s own prefixes', () => {
    assert.equal(isValidSectionPath('news/national-world'), true);
    assert.equal(isValidSectionPath('api'), false);
    assert.equal(isValidSectionPath('tag/x'), false);
    assert.equal(isValidSectionPath('News'), false);
  });
});
