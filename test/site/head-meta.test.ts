import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderArticlePage } from '../../src/site/pages/article-page.ts';
import { renderTagPage } from '../../src/site/pages/tag-page.ts';
import { xHandle } from '../../src/site/seo/x-handle.ts';
import * as f from './factories.ts';
import { metaContent, startTags } from './html-inspect.ts';
import { renderEveryPage } from './render-all.ts';

const base = f.BASE_URL;

describe('article head', () => {
  const article = f.buildArticle({ dek: 'Repairs took eight months.', updatedAt: new Date('2024-03-12T16:00:00Z') });
  const doc = renderArticlePage(f.buildChrome(), article, f.EMPTY_RAILS);
  const url = `${base}/news/national-world/${article.slug}/`;

  it('has the canonical link and lets search show large previews', () => {
    assert.deepEqual(startTags(doc, 'link').filter((l) => l.attrs.get('rel') === 'canonical').map((l) => l.attrs.get('href')), [url]);
    assert.deepEqual(metaContent(doc, 'robots'), ['max-image-preview:large']);
    assert.deepEqual(metaContent(doc, 'description'), ['Repairs took eight months.']);
  });

  it('has the Open Graph card', () => {
    const og = (k: string) => metaContent(doc, k);
    assert.deepEqual(og('og:type'), ['article']);
    assert.deepEqual(og('og:title'), [article.headline]);
    assert.deepEqual(og('og:description'), ['Repairs took eight months.']);
    assert.deepEqual(og('og:url'), [url]);
    assert.deepEqual(og('og:site_name'), ['Prairie Seven News']);
    assert.deepEqual(og('og:locale'), ['en_US']);
    assert.deepEqual(og('og:image'), [`${base}/media/library-1280.jpg`]);
    assert.deepEqual([...og('og:image:width'), ...og('og:image:height')], ['1280', '720']);
    assert.deepEqual(og('og:image:alt'), ['Volunteers carry boxes of books']);
    assert.deepEqual(og('article:section'), ['National/World']);
    assert.deepEqual(og('article:tag'), ['Libraries', 'Flooding']);
    assert.deepEqual(og('article:modified_time'), ['2024-03-12T16:00:00.000Z']);
  });

  it('has the Twitter card with the station handle', () => {
    assert.deepEqual(metaContent(doc, 'twitter:card'), ['summary_large_image']);
    assert.deepEqual(metaContent(doc, 'twitter:site'), ['@prairieseven']);
    const noPhoto = renderArticlePage(f.buildChrome({}, { social: { facebook: null, x: null, instagram: null, youtube: null } }), f.buildArticle({ lead: null }), f.EMPTY_RAILS);
    assert.deepEqual(metaContent(noPhoto, 'twitter:card'), ['summary']);
    assert.deepEqual(metaContent(noPhoto, 'twitter:site'), []);
  });

  it('links the site feeds and the section feed', () => {
    const alternates = startTags(doc, 'link').filter((l) => l.attrs.get('rel') === 'alternate').map((l) => [l.attrs.get('type'), l.attrs.get('href')]);
    assert.deepEqual(alternates, [
      ['application/rss+xml', `${base}/feed/`],
      ['application/atom+xml', `${base}/feed/atom/`],
      ['application/feed+json', `${base}/feed/json/`],
      ['application/rss+xml', `${base}/news/national-world/feed/`],
    ]);
  });
});

describe('every page head', () => {
  for (const [page, doc] of Object.entries(renderEveryPage())) {
    it(`${page}: charset first, viewport, one title, the stylesheet, the site feed`, () => {
      assert.match(doc, /^<!DOCTYPE html>\n<html lang="en-US">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>[^<]+<\/title>\n<link rel="stylesheet" href="\/assets\/site\.css\?v=[0-9a-f]{12}">/);
      assert.ok(startTags(doc, 'link').some((l) => l.attrs.get('href') === `${base}/feed/`));
    });
  }
});

describe('tag head', () => {
  it('describes the topic and links its feed', () => {
    const view = f.buildTagView({ pageInfo: { page: 1, totalPages: 1 } });
    const doc = renderTagPage(f.buildChrome(), view, f.EMPTY_RAILS);
    assert.deepEqual(metaContent(doc, 'og:url'), [`${base}/tag/${view.tag.slug}/`]);
    assert.deepEqual(metaContent(doc, 'twitter:card'), ['summary']);
  });
});

describe('xHandle', () => {
  it('reads handles and profile URLs', () => {
    assert.equal(xHandle('@prairieseven'), '@prairieseven');
    assert.equal(xHandle('prairieseven'), '@prairieseven');
    assert.equal(xHandle('https://x.com/prairieseven'), '@prairieseven');
    assert.equal(xHandle('https://twitter.com/prairieseven/'), '@prairieseven');
  });

  it('rejects anything else', () => {
    assert.equal(xHandle('https://example.test/prairieseven'), null);
    assert.equal(xHandle('not a handle'), null);
  });
});
