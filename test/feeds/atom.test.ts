import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderAtom } from '../../src/site/feeds/atom.ts';
import { absoluteUrl, urls } from '../../src/site/urls.ts';
import { assertWellFormed, xmlParser } from './assert-well-formed.ts';
import { buildChannel, buildEntry, SITE_URL } from './feed-fixtures.ts';
import { feedParser } from './feed-parser.ts';

const atomChannel = buildChannel({ feedPath: urls.atomFeed() });

describe('renderAtom', () => {
  it('describes the feed with its id, self and alternate links, language and logo', async () => {
    const xml = renderAtom(atomChannel, []);
    assertWellFormed(xml);
    const feed = await feedParser.parseString(xml);
    assert.equal(feed.title, 'Riverbend Gazette');
    assert.equal(feed.link, absoluteUrl(SITE_URL, '/'));
    assert.equal(feed.feedUrl, absoluteUrl(SITE_URL, '/feed/atom/'));
    assert.equal(feed.lastBuildDate, '2031-03-14T18:45:00+00:00');

    const root = xmlParser.parse(xml).feed;
    assert.equal(root['@_xmlns'], 'http://www.w3.org/2005/Atom');
    assert.equal(root['@_xml:lang'], 'en-US');
    assert.equal(root.id, absoluteUrl(SITE_URL, '/feed/atom/'));
    assert.equal(root.subtitle['#text'], 'News from the Riverbend valley');
    assert.equal(root.logo, absoluteUrl(SITE_URL, '/media/logo-600.png'));
    const self = root.link.find((l: Record<string, string>) => l['@_rel'] === 'self');
    assert.equal(self['@_type'], 'application/atom+xml');
  });

  it('orders entries newest first whatever the input order', async () => {
    const older = buildEntry({ publishedAt: new Date('2031-03-12T08:00:00Z') });
    const newest = buildEntry({ publishedAt: new Date('2031-03-14T08:00:00Z') });
    const feed = await feedParser.parseString(renderAtom(atomChannel, [older, newest]));
    assert.deepEqual(
      feed.items.map((item) => item.link),
      [newest.url, older.url],
    );
  });

  it('writes every field of an entry, with plain-text title and summary', async () => {
    const entry = buildEntry({
      id: 'tag:riverbend-gazette.test,2031:article/4417',
      title: 'Pier <b>closed</b> & "reopened"',
      summary: 'Works finish early & under budget',
      authors: ['Mara Quill', 'Tobias Fenn'],
      categories: ['Local', 'Food & Drink'],
      publishedAt: new Date('2031-03-14T09:30:00Z'),
      updatedAt: new Date('2031-03-14T11:05:00Z'),
    });
    const xml = renderAtom(atomChannel, [entry]);
    assertWellFormed(xml);
    const [item] = (await feedParser.parseString(xml)).items;
    assert.equal(item.id, entry.id);
    assert.equal(item.title, 'Pier <b>closed</b> & "reopened"');
    assert.equal(item.link, entry.url);
    assert.equal(item.published, '2031-03-14T09:30:00+00:00');
    assert.equal(item.updated, '2031-03-14T11:05:00+00:00');
    assert.equal(item.summary, 'Works finish early & under budget');
    assert.equal(item.content, entry.contentHtml);
    assert.deepEqual(item.authors?.map((a) => a.name[0]), ['Mara Quill', 'Tobias Fenn']);
    assert.deepEqual(item.categoryElements?.map((c) => c.$.term), ['Local', 'Food & Drink']);

    const parsed = xmlParser.parse(xml).feed.entry[0];
    assert.equal(parsed.title['@_type'], 'text');
    assert.equal(parsed.summary['@_type'], 'text');
    assert.equal(parsed.content['@_type'], 'html');
  });

  it('uses the publication time as updated for a story never updated', async () => {
    const entry = buildEntry({ publishedAt: new Date('2031-03-14T09:30:00Z'), updatedAt: null });
    const [item] = (await feedParser.parseString(renderAtom(atomChannel, [entry]))).items;
    assert.equal(item.updated, item.published);
  });

  it('credits the station on an unsigned story, since every entry needs an author', async () => {
    const [item] = (await feedParser.parseString(renderAtom(atomChannel, [buildEntry({ authors: [] })]))).items;
    assert.deepEqual(item.authors?.map((a) => a.name[0]), ['Riverbend Gazette']);
  });

  it('links the lead image as an enclosure and as media:content', async () => {
    const image = { url: 'https://media.riverbend-gazette.test/ferry.webp?w=800&fit=cover', mimeType: 'image/webp', width: 800, height: 450, bytes: 52_001 };
    const xml = renderAtom(atomChannel, [buildEntry({ image })]);
    assertWellFormed(xml);
    const [item] = (await feedParser.parseString(xml)).items;
    const enclosure = item.links?.find((l) => l.$.rel === 'enclosure');
    assert.deepEqual({ ...enclosure?.$ }, { rel: 'enclosure', type: 'image/webp', length: '52001', href: image.url });
    assert.equal(item.mediaContent?.[0].$.url, image.url);
    assert.equal(item.mediaContent?.[0].$.medium, 'image');
  });

  it('omits the summary when the story has none', async () => {
    const [item] = (await feedParser.parseString(renderAtom(atomChannel, [buildEntry({ summary: null })]))).items;
    assert.equal(item.summary, undefined);
  });
});
