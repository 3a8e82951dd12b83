import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  NEWS_SITEMAP_MAX_URLS,
  newsLanguage,
  newsSitemapArticles,
  renderNewsSitemap,
  type NewsSitemapArticle,
} from '../../src/site/feeds/news-sitemap.ts';
import { absoluteUrl, urls } from '../../src/site/urls.ts';
import { assertWellFormed, xmlParser } from './assert-well-formed.ts';
import { SITE_URL } from './feed-fixtures.ts';

const now = new Date('2031-03-14T12:00:00Z');
const HOUR = 60 * 60 * 1000;
const publication = { name: 'Riverbend Gazette', locale: 'en-US' };

function article(slug: string, publishedAt: Date, title = `Story ${slug}`): NewsSitemapArticle {
  return { loc: absoluteUrl(SITE_URL, urls.article('news/local', slug)), title, publishedAt };
}

describe('news sitemap', () => {
  it('lists only stories published in the 48 hours before now, newest first', () => {
    const articles = [
      article('two-days-ago-exactly', new Date(now.getTime() - 48 * HOUR)),
      article('just-too-old', new Date(now.getTime() - 48 * HOUR - 1000)),
      article('an-hour-ago', new Date(now.getTime() - HOUR)),
      article('scheduled', new Date(now.getTime() + 60_000)),
      article('yesterday', new Date(now.getTime() - 24 * HOUR)),
      article('last-week', new Date(now.getTime() - 7 * 24 * HOUR)),
    ];
    assert.deepEqual(
      newsSitemapArticles(articles, now).map((a) => a.loc.split('/').at(-2)),
      ['an-hour-ago', 'yesterday', 'two-days-ago-exactly'],
    );
  });

  it('renders loc, publication, W3C publication date and title in the news namespace', () => {
    const xml = renderNewsSitemap(
      publication,
      [article('ferry-strike', new Date('2031-03-14T07:15:00Z'), 'Ferry crews vote to strike'), article('old', new Date('2031-03-01T00:00:00Z'))],
      now,
    );
    assertWellFormed(xml);
    const urlset = xmlParser.parse(xml).urlset;
    assert.equal(urlset['@_xmlns'], 'http://www.sitemaps.org/schemas/sitemap/0.9');
    assert.equal(urlset['@_xmlns:news'], 'http://www.google.com/schemas/sitemap-news/0.9');
    assert.equal(urlset.url.length, 1);
    assert.deepEqual(urlset.url[0], {
      loc: `${SITE_URL}/news/local/ferry-strike/`,
      'news:news': {
        'news:publication': { 'news:name': 'Riverbend Gazette', 'news:language': 'en' },
        'news:publication_date': '2031-03-14T07:15:00+00:00',
        'news:title': 'Ferry crews vote to strike',
      },
    });
  });

  it('is an empty but valid urlset on a quiet weekend', () => {
    const xml = renderNewsSitemap(publication, [article('old', new Date('2031-03-01T00:00:00Z'))], now);
    assertWellFormed(xml);
    assert.equal(xmlParser.parse(xml).urlset.url, undefined);
  });

  it('keeps the newest 1,000 stories when more fall in the window', () => {
    const many = Array.from({ length: 1_200 }, (_, i) => article(`s-${i}`, new Date(now.getTime() - i * 60_000)));
    const listed = newsSitemapArticles(many, now);
    assert.equal(listed.length, NEWS_SITEMAP_MAX_URLS);
    assert.equal(listed[0].loc, many[0].loc);
    assert.equal(listed.at(-1)?.loc, many[999].loc);
    assert.equal(xmlParser.parse(renderNewsSitemap(publication, many, now)).urlset.url.length, 1_000);
  });

  it('turns a site locale into the language code Google News expects', () => {
    assert.equal(newsLanguage('en-US'), 'en');
    assert.equal(newsLanguage('es'), 'es');
    assert.equal(newsLanguage('pt_BR'), 'pt');
    assert.equal(newsLanguage('zh-CN'), 'zh-cn');
    assert.equal(newsLanguage('zh-Hans'), 'zh-cn');
    assert.equal(newsLanguage('zh-Hant-TW'), 'zh-tw');
    assert.equal(newsLanguage('zh-HK'), 'zh-tw');
  });
});
