import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CONTRAST_PAIRS, PALETTE, SITE_CSS, SITE_CSS_VERSION } from '../../src/site/assets/site-css.ts';

/** WCAG 2.1 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('site stylesheet', () => {
  it('is small', () => {
    assert.ok(Buffer.byteLength(SITE_CSS) < 10 * 1024, `${Buffer.byteLength(SITE_CSS)} bytes`);
  });

  it('has balanced braces and no leftover template placeholders', () => {
    assert.equal((SITE_CSS.match(/{/g) ?? []).length, (SITE_CSS.match(/}/g) ?? []).length);
    assert.equal(SITE_CSS.includes('${'), false);
    assert.equal(SITE_CSS.includes('undefined'), false);
  });

  it('shows keyboard focus, and keeps [hidden] hidden whatever the display rules', () => {
    assert.match(SITE_CSS, /:focus-visible\{outline:3px solid/);
    assert.match(SITE_CSS, /\[hidden\]\{display:none!important\}/);
    assert.match(SITE_CSS, /\.skip-link:focus\{top:1rem\}/);
  });

  it('adapts to narrow windows: fluid images, wrapping menus, a side column only on wide screens', () => {
    assert.match(SITE_CSS, /img,video\{max-width:100%;height:auto/);
    assert.match(SITE_CSS, /@media \(min-width:60rem\)\{\.page\.with-rail\{grid-template-columns/);
    assert.match(SITE_CSS, /\.site-nav ul\{[^}]*overflow-x:auto/);
  });

  for (const [fg, bg, min] of CONTRAST_PAIRS) {
    it(`${fg} on ${bg} meets ${min}:1`, () => {
      const ratio = contrast(PALETTE[fg], PALETTE[bg]);
      assert.ok(ratio >= min, `${PALETTE[fg]} on ${PALETTE[bg]} is ${ratio.toFixed(2)}:1`);
    });
  }

  it('uses only palette colours for text and backgrounds it names', () => {
    for (const colour of Object.values(PALETTE)) assert.ok(SITE_CSS.includes(colour), colour);
  });

  it('has a version that follows its content', () => {
    assert.match(SITE_CSS_VERSION, /^[0-9a-f]{12}$/);
  });
});
