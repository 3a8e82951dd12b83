import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderRss } from '../../src/site/feeds/rss.ts';
import { absoluteUrl, urls } from '../../src/site/urls.ts';
import { assertWellFormed, xmlParser } from './assert-well-formed.ts';
import { buildChannel, buildEntry, SITE_URL } from './feed-fixtures.ts';
import { feedParser } from './feed-parser.ts';

const RFC_822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

describe('renderRss', () => {
  it('describes the channel, with an absolute atom:link rel=self', async () => {
    const xml = renderRss(buildChannel({ pagePath: urls.section('news/local'), feedPath: urls.sectionFeed('news/local') }), []);
    assertWellFormed(xml);
    const feed = await feedParser.parseString(xml);
    assert.equal(feed.title, 'Riverbend Gazette');
    assert.equal(feed.description, 'News from the Riverbend valley');
    assert.equal(feed.link, absoluteUrl(SITE_URL, '/news/local/'));
    assert.equal(feed.feedUrl, absoluteUrl(SITE_URL, '/news/local/feed/'));
    assert.equal(feed.language, 'en-US');
    assert.equal(feed.lastBuildDate, 'Fri, 14 Mar 2031 18:45:00 GMT');
    assert.equal(feed.image?.url, absoluteUrl(SITE_URL, '/media/logo-600.png'));
    assert.deepEqual(feed.items, []);

    const rss = xmlParser.parse(xml).rss;
    assert.equal(rss['@_version'], '2.0');
    assert.equal(rss['@_xmlns:atom'], 'http://www.w3.org/2005/Atom');
    assert.equal(rss['@_xmlns:content'], 'http://purl.org/rss/1.0/modules/content/');
    assert.equal(rss['@_xmlns:dc'], 'http://purl.org/dc/elements/1.1/');
    assert.equal(rss['@_xmlns:media'], 'http://search.yahoo.com/mrss/');
    assert.equal(rss.channel['atom:link']['@_rel'], 'self');
    assert.equal(rss.channel['atom:link']['@_type'], 'application/rss+xml');
  });

  it('leaves out the channel image when the station has no logo', async () => {
    const feed = await feedParser.parseString(renderRss(buildChannel({ imageUrl: undefined }), []));
    assert.equal(feed.image, undefined);
  });

  it('orders items newest first whatever the input order', async () => {
    const older = buildEntry({ publishedAt: new Date('2031-03-12T08:00:00Z') });
    const newest = buildEntry({ publishedAt: new Date('2031-03-14T08:00:00Z') });
    const middle = buildEntry({ publishedAt: new Date('2031-03-13T08:00:00Z') });
    const feed = await feedParser.parseString(renderRss(buildChannel(), [older, newest, middle]));
    assert.deepEqual(
      feed.items.map((item) => item.link),
      [newest.url, middle.url, older.url],
    );
  });

  it('writes every field of an item', async () => {
    const entry = buildEntry({
      summary: 'Two "extra" crossings & a <new> pier',
      authors: ['Mara Quill', 'Tobias Fenn'],
      categories: ['Local', 'Transport'],
      publishedAt: new Date('2031-03-14T09:30:00Z'),
    });
    const xml = renderRss(buildChannel(), [entry]);
    assertWellFormed(xml);
    const [item] = (await feedParser.parseString(xml)).items;
    assert.equal(item.title, entry.title);
    assert.equal(item.link, entry.url);
    assert.match(item.pubDate ?? '', RFC_822);
    assert.equal(item.isoDate, '2031-03-14T09:30:00.000Z');
    assert.deepEqual(item.creators, ['Mara Quill', 'Tobias Fenn']);
    assert.deepEqual(item.categories, ['Local', 'Transport']);
    assert.equal(item['content:encoded'], entry.contentHtml);
    // <description> is HTML, so the plain-text summary arrives HTML-escaped.
    assert.equal(item.content, 'Two &quot;extra&quot; crossings &amp; a &lt;new&gt; pier');
    assert.equal(item.author, undefined, '<author> is reserved for e-mail addresses');
  });

  it('marks the guid a permalink only when the id is the article URL', async () => {
    const byUrl = buildEntry({ publishedAt: new Date('2031-03-14T10:00:00Z') });
    const byTag = buildEntry({ id: 'tag:riverbend-gazette.test,2031:article/4417', publishedAt: new Date('2031-03-14T09:00:00Z') });
    const [first, second] = (await feedParser.parseString(renderRss(buildChannel(), [byUrl, byTag]))).items;
    assert.equal(first.guidElements?.[0]._, byUrl.url);
    assert.equal(first.guidElements?.[0].$.isPermaLink, 'true');
    assert.equal(second.guidElements?.[0]._, byTag.id);
    assert.equal(second.guidElements?.[0].$.isPermaLink, 'false');
  });

  it('omits description, creators and categories that the story does not have', async () => {
    const xml = renderRss(buildChannel(), [buildEntry({ summary: null, authors: [], categories: [] })]);
    const [item] = (await feedParser.parseString(xml)).items;
    assert.equal(item.content, undefined);
    assert.equal(item.creators, undefined);
    assert.equal(item.categories, undefined);
  });

  it('gives the lead image as media:content, and as an enclosure when its size is known', async () => {
    const image = { url: 'https://media.riverbend-gazette.test/ferry.jpg?w=1200&h=800', mimeType: 'image/jpeg', width: 1200, height: 800 };
    const sized = buildEntry({ image: { ...image, bytes: 184_220 }, publishedAt: new Date('2031-03-14T10:00:00Z') });
    const unsized = buildEntry({ image, publishedAt: new Date('2031-03-14T09:00:00Z') });
    const xml = renderRss(buildChannel(), [sized, unsized]);
    assertWellFormed(xml);
    const [first, second] = (await feedParser.parseString(xml)).items;
    assert.deepEqual({ ...first.mediaContent?.[0].$ }, {
      url: image.url,
      type: 'image/jpeg',
      medium: 'image',
      width: '1200',
      height: '800',
      fileSize: '184220',
    });
    assert.deepEqual({ ...first.enclosure }, { url: image.url, length: '184220', type: 'image/jpeg' });
    assert.equal(second.mediaContent?.[0].$.fileSize, undefined);
    assert.equal(second.enclosure, undefined);
  });
});
