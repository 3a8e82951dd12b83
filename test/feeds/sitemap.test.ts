import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { XMLValidator } from 'fast-xml-parser';
import {
  isSitemapKind,
  renderSitemapIndex,
  renderSitemapPart,
  SITEMAP_MAX_URLS,
  sitemapIndex,
  sitemapPartCount,
  sitemapPartSlice,
  type SitemapUrl,
} from '../../src/site/feeds/sitemap.ts';
import { absoluteUrl, urls } from '../../src/site/urls.ts';
import { assertWellFormed, xmlParser } from './assert-well-formed.ts';
import { SITE_URL } from './feed-fixtures.ts';

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const W3C_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;

function articleUrls(count: number): SitemapUrl[] {
  return Array.from({ length: count }, (_, i) => ({
    loc: absoluteUrl(SITE_URL, urls.article('news/local', `story-${i + 1}`)),
    lastmod: new Date(Date.UTC(2031, 0, 1) + i * 60_000),
  }));
}

describe('sitemap parts', () => {
  it('splits at 50,000 URLs', () => {
    assert.equal(SITEMAP_MAX_URLS, 50_000);
    assert.deepEqual([0, 1, 50_000, 50_001, 100_000, 120_001].map(sitemapPartCount), [0, 1, 1, 2, 2, 3]);
    assert.throws(() => sitemapPartCount(-1), RangeError);
    assert.throws(() => sitemapPartCount(1.5), RangeError);
  });

  it('gives each part its rows', () => {
    assert.deepEqual(sitemapPartSlice(1), { offset: 0, limit: 50_000 });
    assert.deepEqual(sitemapPartSlice(3), { offset: 100_000, limit: 50_000 });
    assert.throws(() => sitemapPartSlice(0), RangeError);
  });

  it('renders 120,001 URLs as three parts holding each URL once', () => {
    const all = articleUrls(120_001);
    const parts = Array.from({ length: sitemapPartCount(all.length) }, (_, i) => {
      const { offset, limit } = sitemapPartSlice(i + 1);
      return renderSitemapPart(all.slice(offset, offset + limit));
    });
    assert.equal(parts.length, 3);
    const urlsets = parts.map((xml) => {
      // Well-formedness in depth is covered elsewhere; at this size one validation pass is enough.
      assert.equal(XMLValidator.validate(xml), true);
      return xmlParser.parse(xml).urlset;
    });
    for (const urlset of urlsets) assert.equal(urlset['@_xmlns'], SITEMAP_NS);
    assert.deepEqual(
      urlsets.map((urlset) => urlset.url.length),
      [50_000, 50_000, 20_001],
    );
    const locs: string[] = urlsets.flatMap((urlset) => urlset.url.map((u: { loc: string }) => u.loc));
    assert.equal(new Set(locs).size, 120_001);
    assert.equal(locs[120_000], absoluteUrl(SITE_URL, '/news/local/story-120001/'));
  });

  it('refuses more than 50,000 URLs in one part', () => {
    assert.throws(() => renderSitemapPart(articleUrls(50_001)), RangeError);
  });

  it('writes lastmod as a W3C datetime with offset, and leaves it out when unknown', () => {
    const xml = renderSitemapPart([
      { loc: absoluteUrl(SITE_URL, urls.section('sports')), lastmod: new Date('2031-03-14T18:45:09.123Z') },
      { loc: absoluteUrl(SITE_URL, urls.tag('river-ferry')), lastmod: null },
    ]);
    assertWellFormed(xml);
    const [first, second] = xmlParser.parse(xml).urlset.url;
    assert.equal(first.lastmod, '2031-03-14T18:45:09+00:00');
    assert.match(first.lastmod, W3C_DATETIME);
    assert.deepEqual(Object.keys(second), ['loc']);
  });

  it('percent-encodes non-ASCII URLs and rejects relative ones', () => {
    const xml = renderSitemapPart([{ loc: `${SITE_URL}/tag/café-culture/`, lastmod: null }]);
    assert.equal(xmlParser.parse(xml).urlset.url[0].loc, `${SITE_URL}/tag/caf%C3%A9-culture/`);
    assert.throws(() => renderSitemapPart([{ loc: '/news/local/', lastmod: null }]), TypeError);
  });
});

describe('sitemap index', () => {
  const articlesLastmods = [new Date('2031-01-20T00:00:00Z'), new Date('2031-02-20T00:00:00Z'), new Date('2031-03-14T09:00:00Z')];

  it('lists one part file per 50,000 pages of each kind, from counts and lastmods', () => {
    const entries = sitemapIndex(SITE_URL, [
      { kind: 'articles', count: 120_001, lastmods: articlesLastmods },
      { kind: 'sections', count: 14, lastmods: [new Date('2031-03-01T00:00:00Z')] },
      { kind: 'videos', count: 0, lastmods: [] },
      { kind: 'tags', count: 900, lastmods: [] },
    ]);
    assert.deepEqual(entries, [
      { loc: absoluteUrl(SITE_URL, urls.sitemapPart('articles', 1)), lastmod: articlesLastmods[0] },
      { loc: absoluteUrl(SITE_URL, urls.sitemapPart('articles', 2)), lastmod: articlesLastmods[1] },
      { loc: absoluteUrl(SITE_URL, urls.sitemapPart('articles', 3)), lastmod: articlesLastmods[2] },
      { loc: absoluteUrl(SITE_URL, urls.sitemapPart('sections', 1)), lastmod: new Date('2031-03-01T00:00:00Z') },
      { loc: absoluteUrl(SITE_URL, urls.sitemapPart('tags', 1)), lastmod: null },
    ]);
  });

  it('rejects more lastmods than parts', () => {
    assert.throws(
      () => sitemapIndex(SITE_URL, [{ kind: 'series', count: 3, lastmods: [new Date(), new Date()] }]),
      RangeError,
    );
  });

  it('renders a sitemapindex document', () => {
    const xml = renderSitemapIndex(sitemapIndex(SITE_URL, [{ kind: 'articles', count: 120_001, lastmods: articlesLastmods }]));
    assertWellFormed(xml);
    const index = xmlParser.parse(xml).sitemapindex;
    assert.equal(index['@_xmlns'], SITEMAP_NS);
    assert.deepEqual(
      index.sitemap.map((s: { loc: string; lastmod: string }) => [s.loc, s.lastmod]),
      [
        [`${SITE_URL}/sitemaps/articles-1.xml`, '2031-01-20T00:00:00+00:00'],
        [`${SITE_URL}/sitemaps/articles-2.xml`, '2031-02-20T00:00:00+00:00'],
        [`${SITE_URL}/sitemaps/articles-3.xml`, '2031-03-14T09:00:00+00:00'],
      ],
    );
  });

  it('recognises the part kinds it serves', () => {
    assert.equal(isSitemapKind('articles'), true);
    assert.equal(isSitemapKind('series'), true);
    assert.equal(isSitemapKind('admin'), false);
  });
});
