import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderAtom } from '../../src/site/feeds/atom.ts';
import { renderJsonFeed } from '../../src/site/feeds/json-feed.ts';
import { renderNewsSitemap } from '../../src/site/feeds/news-sitemap.ts';
import { renderRss } from '../../src/site/feeds/rss.ts';
import { renderSitemapPart } from '../../src/site/feeds/sitemap.ts';
import { stripInvalidXmlChars } from '../../src/site/feeds/xml-escape.ts';
import { urls } from '../../src/site/urls.ts';
import { assertWellFormed, xmlParser } from './assert-well-formed.ts';
import { buildChannel, buildEntry, HOSTILE_BODY, HOSTILE_TITLE, ILLEGAL_XML_CHARS } from './feed-fixtures.ts';
import { feedParser } from './feed-parser.ts';

const cleanTitle = stripInvalidXmlChars(HOSTILE_TITLE);
const cleanBody = stripInvalidXmlChars(HOSTILE_BODY);
const hostileCategory = `Food & "Drink" <b>'s</b>${ILLEGAL_XML_CHARS}`;

const hostileEntry = buildEntry({
  title: HOSTILE_TITLE,
  summary: `Summary ]]> with <i>tags</i> & ${ILLEGAL_XML_CHARS}`,
  contentHtml: HOSTILE_BODY,
  authors: [`Mara "The Pen" Quill & <co>${ILLEGAL_XML_CHARS}`],
  categories: [hostileCategory],
  image: { url: 'https://media.riverbend-gazette.test/a.jpg?w=1&h=2&q="x"', mimeType: 'image/jpeg', width: 1, height: 1, bytes: 9 },
});
const hostileChannel = buildChannel({ title: `Riverbend & <Co> ]]>${ILLEGAL_XML_CHARS}`, description: 'Valley & "hills" ]]>' });

describe('hostile copy', () => {
  it('keeps RSS well-formed and every field intact', async () => {
    const xml = renderRss(hostileChannel, [hostileEntry]);
    assertWellFormed(xml);
    const feed = await feedParser.parseString(xml);
    assert.equal(feed.title, 'Riverbend & <Co> ]]>');
    const [item] = feed.items;
    assert.equal(item.title, cleanTitle);
    assert.equal(item['content:encoded'], cleanBody);
    assert.equal(item.content, 'Summary ]]&gt; with &lt;i&gt;tags&lt;/i&gt; &amp; ');
    assert.deepEqual(item.creators, ['Mara "The Pen" Quill & <co>']);
    assert.deepEqual(item.categories, [stripInvalidXmlChars(hostileCategory)]);
    assert.equal(item.enclosure?.url, 'https://media.riverbend-gazette.test/a.jpg?w=1&h=2&q=%22x%22');
  });

  it('keeps Atom well-formed and every field intact', async () => {
    const xml = renderAtom({ ...hostileChannel, feedPath: urls.atomFeed() }, [hostileEntry]);
    assertWellFormed(xml);
    const [item] = (await feedParser.parseString(xml)).items;
    assert.equal(item.title, cleanTitle);
    assert.equal(item.content, cleanBody);
    assert.equal(item.summary, 'Summary ]]> with <i>tags</i> & ');
    assert.deepEqual(item.categoryElements?.map((c) => c.$.term), [stripInvalidXmlChars(hostileCategory)]);
  });

  it('keeps JSON Feed parseable, with the same text as the XML formats', () => {
    const feed = JSON.parse(renderJsonFeed({ ...hostileChannel, feedPath: urls.jsonFeed() }, [hostileEntry]));
    assert.equal(feed.items[0].title, cleanTitle);
    assert.equal(feed.items[0].content_html, cleanBody);
    assert.deepEqual(feed.items[0].tags, [stripInvalidXmlChars(hostileCategory)]);
  });

  it('keeps sitemaps and the news sitemap well-formed', () => {
    const loc = "https://www.riverbend-gazette.test/news/it's-here/?a=1&b=<2>";
    const part = renderSitemapPart([{ loc, lastmod: null }]);
    assertWellFormed(part);
    assert.equal(xmlParser.parse(part).urlset.url[0].loc, "https://www.riverbend-gazette.test/news/it's-here/?a=1&b=%3C2%3E");

    const now = new Date('2031-03-14T12:00:00Z');
    const news = renderNewsSitemap({ name: 'Riverbend & <Co>', locale: 'en-US' }, [{ loc, title: HOSTILE_TITLE, publishedAt: now }], now);
    assertWellFormed(news);
    const parsed = xmlParser.parse(news).urlset.url[0]['news:news'];
    assert.equal(parsed['news:title'], cleanTitle);
    assert.equal(parsed['news:publication']['news:name'], 'Riverbend & <Co>');
  });
});
