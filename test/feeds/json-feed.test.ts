import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderJsonFeed } from '../../src/site/feeds/json-feed.ts';
import { absoluteUrl, urls } from '../../src/site/urls.ts';
import { buildChannel, buildEntry, SITE_URL } from './feed-fixtures.ts';

const jsonChannel = buildChannel({ feedPath: urls.jsonFeed() });
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

interface JsonFeedItem {
  [key: string]: unknown;
  id: string;
  authors?: { name: string }[];
}

function parse(text: string): { [key: string]: unknown; items: JsonFeedItem[] } {
  const feed = JSON.parse(text);
  // Required by JSON Feed 1.1: version, title, items; per item: id and content_html or content_text.
  assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
  assert.equal(typeof feed.title, 'string');
  assert.ok(Array.isArray(feed.items));
  for (const item of feed.items) {
    assert.equal(typeof item.id, 'string');
    assert.ok(typeof item.content_html === 'string' || typeof item.content_text === 'string');
  }
  return feed;
}

describe('renderJsonFeed', () => {
  it('describes the feed with absolute home and feed URLs and its language', () => {
    const feed = parse(renderJsonFeed(jsonChannel, []));
    assert.equal(feed.title, 'Riverbend Gazette');
    assert.equal(feed.home_page_url, absoluteUrl(SITE_URL, '/'));
    assert.equal(feed.feed_url, absoluteUrl(SITE_URL, '/feed/json/'));
    assert.equal(feed.description, 'News from the Riverbend valley');
    assert.equal(feed.language, 'en-US');
    assert.equal(feed.icon, absoluteUrl(SITE_URL, '/media/logo-600.png'));
    assert.deepEqual(feed.items, []);
  });

  it('writes every field of an item in 1.1 form', () => {
    const entry = buildEntry({
      summary: 'Works finish <early> & under budget',
      authors: ['Mara Quill', 'Tobias Fenn'],
      categories: ['Local', 'Transport'],
      publishedAt: new Date('2031-03-14T09:30:00Z'),
      updatedAt: new Date('2031-03-14T11:05:00Z'),
      image: { url: 'https://media.riverbend-gazette.test/pier.jpg', mimeType: 'image/jpeg', width: 1200, height: 675 },
    });
    const [item] = parse(renderJsonFeed(jsonChannel, [entry])).items;
    assert.deepEqual(item, {
      id: entry.id,
      url: entry.url,
      title: entry.title,
      summary: 'Works finish <early> & under budget',
      content_html: entry.contentHtml,
      image: 'https://media.riverbend-gazette.test/pier.jpg',
      date_published: '2031-03-14T09:30:00+00:00',
      date_modified: '2031-03-14T11:05:00+00:00',
      authors: [{ name: 'Mara Quill' }, { name: 'Tobias Fenn' }],
      tags: ['Local', 'Transport'],
    });
    assert.match(String(item.date_published), RFC_3339);
    assert.ok(!('author' in item), '1.1 replaces the singular author');
  });

  it('leaves out optional fields the story does not have', () => {
    const [item] = parse(renderJsonFeed(jsonChannel, [buildEntry({ summary: null, updatedAt: null, authors: [], categories: [] })])).items;
    for (const key of ['summary', 'date_modified', 'authors', 'tags', 'image']) assert.ok(!(key in item), key);
  });

  it('orders items newest first whatever the input order', () => {
    const older = buildEntry({ publishedAt: new Date('2031-03-12T08:00:00Z') });
    const newest = buildEntry({ publishedAt: new Date('2031-03-14T08:00:00Z') });
    const middle = buildEntry({ publishedAt: new Date('2031-03-13T08:00:00Z') });
    const feed = parse(renderJsonFeed(jsonChannel, [middle, older, newest]));
    assert.deepEqual(
      feed.items.map((item) => item.id),
      [newest.id, middle.id, older.id],
    );
  });
});
