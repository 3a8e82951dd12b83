import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderPicture } from '../../src/site/components/picture.ts';
import * as f from './factories.ts';
import { element, startTags } from './html-inspect.ts';
import { renderEveryPage } from './render-all.ts';

describe('images on every page', () => {
  for (const [page, doc] of Object.entries(renderEveryPage())) {
    it(`${page}: every img has alt, width, height; only the lead is high priority; only the logo and lead load eagerly`, () => {
      const imgs = startTags(doc, 'img');
      assert.ok(imgs.length > 0);
      for (const img of imgs) {
        assert.ok(img.attrs.has('alt'), img.source);
        assert.match(img.attrs.get('width') ?? '', /^\d+$/, img.source);
        assert.match(img.attrs.get('height') ?? '', /^\d+$/, img.source);
      }
      const eager = imgs.filter((i) => i.attrs.get('loading') !== 'lazy');
      const priority = imgs.filter((i) => i.attrs.get('fetchpriority') === 'high');
      assert.ok(priority.length <= 1);
      const logoSrc = f.buildChrome().logo!.src;
      const author = page === 'author' ? 1 : 0;
      assert.equal(eager.length, 1 + priority.length + author, eager.map((i) => i.source).join('\n'));
      assert.ok(eager.some((i) => i.attrs.get('src') === logoSrc));
    });
  }

  it('the article lead image is the high-priority one', () => {
    const doc = renderEveryPage().article;
    const lead = startTags(element(doc, /<figure class="lead">/), 'img')[0];
    assert.equal(lead.attrs.get('fetchpriority'), 'high');
  });
});

describe('renderPicture', () => {
  const image = f.buildImage('harbor', { alt: 'Boats in the harbor' });
  const out = renderPicture(image).toString();

  it('offers AVIF then WebP sources, and JPEG on the img', () => {
    const sources = startTags(out, 'source');
    assert.deepEqual(sources.map((s) => s.attrs.get('type')), ['image/avif', 'image/webp']);
    assert.equal(sources[0].attrs.get('srcset'), image.sources[0].srcset);
    assert.equal(sources[0].attrs.get('sizes'), image.sizes);
    const img = startTags(out, 'img')[0];
    assert.equal(img.attrs.get('src'), image.src);
    assert.equal(img.attrs.get('srcset'), image.sources[2].srcset);
    assert.equal(img.attrs.get('decoding'), 'async');
  });

  it('takes a slot size and alt text for the context', () => {
    const custom = renderPicture(image, { sizes: '7.5rem', alt: 'Thumbnail' }).toString();
    assert.ok(startTags(custom, 'source').every((s) => s.attrs.get('sizes') === '7.5rem'));
    assert.equal(startTags(custom, 'img')[0].attrs.get('alt'), 'Thumbnail');
  });

  it('works with only a JPEG', () => {
    const jpegOnly = renderPicture({ ...image, sources: [] }).toString();
    assert.equal(startTags(jpegOnly, 'source').length, 0);
    assert.equal(startTags(jpegOnly, 'img')[0].attrs.has('srcset'), false);
  });
});
