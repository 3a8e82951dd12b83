import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderRobotsTxt } from '../../src/site/feeds/robots.ts';
import { absoluteUrl, urls } from '../../src/site/urls.ts';
import { SITE_URL } from './feed-fixtures.ts';

describe('renderRobotsTxt', () => {
  it('opens the site, closes the newsroom areas and lists both sitemaps absolutely', () => {
    const lines = renderRobotsTxt(SITE_URL).split('\n');
    assert.deepEqual(lines, [
      'User-agent: *',
      'Allow: /',
      'Disallow: /admin/',
      'Disallow: /api/admin/',
      '',
      `Sitemap: ${absoluteUrl(SITE_URL, urls.sitemapIndex())}`,
      `Sitemap: ${absoluteUrl(SITE_URL, urls.newsSitemap())}`,
      '',
    ]);
    assert.equal(lines[5], 'Sitemap: https://www.riverbend-gazette.test/sitemap.xml');
  });

  it('accepts a base URL with a trailing slash', () => {
    assert.equal(renderRobotsTxt(`${SITE_URL}/`), renderRobotsTxt(SITE_URL));
  });

  it('refuses a base URL that is not absolute', () => {
    assert.throws(() => renderRobotsTxt('www.riverbend-gazette.test'), TypeError);
  });
});
