import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderArticlePage } from '../../src/site/pages/article-page.ts';
import { renderAuthorPage } from '../../src/site/pages/author-page.ts';
import { renderHomePage } from '../../src/site/pages/home-page.ts';
import { renderSectionPage } from '../../src/site/pages/section-page.ts';
import { renderVideoPage } from '../../src/site/pages/video-page.ts';
import * as f from './factories.ts';
import { jsonLd, jsonLdOfType, scripts } from './html-inspect.ts';
import { renderEveryPage } from './render-all.ts';

const chrome = f.buildChrome();
const base = f.BASE_URL;

describe('NewsArticle', () => {
  const article = f.buildArticle({ dek: 'Repairs took eight months.', updatedAt: new Date('2024-03-12T16:00:00Z') });
  const ld = jsonLdOfType(renderArticlePage(chrome, article, f.buildRails()), 'NewsArticle');
  const url = `${base}/news/national-world/${article.slug}/`;

  it('names the story, its page and its dates', () => {
    assert.equal(ld['@context'], 'https://schema.org');
    assert.equal(ld.headline, article.headline);
    assert.equal(ld.description, 'Repairs took eight months.');
    assert.equal(ld.url, url);
    assert.deepEqual(ld.mainEntityOfPage, { '@type': 'WebPage', '@id': url });
    assert.equal(ld.datePublished, '2024-03-11T14:05:00.000Z');
    assert.equal(ld.dateModified, '2024-03-12T16:00:00.000Z');
    assert.equal(ld.articleSection, 'National/World');
    assert.deepEqual(ld.keywords, ['Libraries', 'Flooding']);
    assert.equal(ld.inLanguage, 'en');
  });

  it('carries the byline as the author when there are no author records', () => {
    assert.deepEqual(ld.author, [{ '@type': 'Person', name: 'JORDAN EKSTRAND, Associated Press' }]);
  });

  it('lists author records with their pages', () => {
    const author = f.buildAuthor({ name: 'Ana Ruiz', title: 'Reporter' });
    const withAuthors = jsonLdOfType(renderArticlePage(chrome, f.buildArticle({ authors: [author] }), f.EMPTY_RAILS), 'NewsArticle');
    assert.deepEqual(withAuthors.author, [{ '@type': 'Person', name: 'Ana Ruiz', jobTitle: 'Reporter', url: `${base}/author/${author.slug}/` }]);
  });

  it('names the publisher with its logo', () => {
    assert.equal(ld.publisher['@type'], 'NewsMediaOrganization');
    assert.equal(ld.publisher.name, 'Prairie Seven News');
    assert.equal(ld.publisher.url, `${base}/`);
    assert.deepEqual(ld.publisher.logo, { '@type': 'ImageObject', url: `${base}/media/logo-1280.jpg`, width: 240, height: 60 });
  });

  it('gives the lead image with absolute URL, size, caption and credit', () => {
    assert.deepEqual(ld.image, [
      {
        '@type': 'ImageObject',
        url: `${base}/media/library-1280.jpg`,
        width: 1280,
        height: 720,
        caption: f.CAPTION,
        creditText: 'Mapleton Public Library via AP',
      },
    ]);
  });

  it('gives the dateline place and the rights', () => {
    assert.equal(ld.dateline, 'MAPLETON');
    assert.deepEqual(ld.locationCreated, { '@type': 'Place', name: 'MAPLETON' });
    assert.equal(ld.copyrightNotice, 'Copyright 2024 The Associated Press. All rights reserved.');
    assert.deepEqual(ld.copyrightHolder, { '@type': 'Organization', name: 'The Associated Press' });
  });

  it('leaves out what the story does not have, and uses the publication time as dateModified', () => {
    const bare = jsonLdOfType(
      renderArticlePage(chrome, f.buildArticle({ lead: null, dateline: null, byline: null, tags: [] }), f.EMPTY_RAILS),
      'NewsArticle',
    );
    for (const key of ['image', 'dateline', 'locationCreated', 'author', 'keywords']) assert.equal(key in bare, false, key);
    assert.equal(bare.dateModified, bare.datePublished);
  });

  it('describes a story without a dek by the start of its body', () => {
    const noDek = jsonLdOfType(renderArticlePage(chrome, f.buildArticle(), f.EMPTY_RAILS), 'NewsArticle');
    assert.match(noDek.description, /^The Mapleton library opened its doors on Monday/);
    assert.ok(noDek.description.includes('replaced & shelved'));
  });

  it('cannot be broken out of by a headline holding </script>', () => {
    const headline = 'Band plays </script><script>alert(1)</script> at fair';
    const doc = renderArticlePage(chrome, f.buildArticle({ headline }), f.EMPTY_RAILS);
    assert.equal(jsonLdOfType(doc, 'NewsArticle').headline, headline);
    const ldScripts = scripts(doc).filter((s) => s.attrs.get('type') === 'application/ld+json');
    assert.equal(ldScripts.length, 2);
    for (const s of ldScripts) assert.equal(/<|>/.test(s.body), false);
  });
});

describe('BreadcrumbList', () => {
  it('follows the section trail on the article page', () => {
    const ld = jsonLdOfType(renderArticlePage(chrome, f.buildArticle(), f.EMPTY_RAILS), 'BreadcrumbList');
    assert.deepEqual(ld.itemListElement, [
      { '@type': 'ListItem', position: 1, name: 'Home', item: `${base}/` },
      { '@type': 'ListItem', position: 2, name: 'News', item: `${base}/news/` },
      { '@type': 'ListItem', position: 3, name: 'National/World', item: `${base}/news/national-world/` },
    ]);
  });

  it('ends with the section itself on a section page', () => {
    const ld = jsonLdOfType(renderSectionPage(chrome, f.buildSectionView(), f.EMPTY_RAILS), 'BreadcrumbList');
    assert.deepEqual(ld.itemListElement.map((i: { name: string }) => i.name), ['Home', 'News', 'National/World']);
  });
});

describe('VideoObject', () => {
  it('has the fields search engines require', () => {
    const video = f.buildVideoView({ durationSeconds: 3725 });
    const ld = jsonLdOfType(renderVideoPage(chrome, video, f.EMPTY_RAILS), 'VideoObject');
    assert.equal(ld.name, video.title);
    assert.equal(ld.description, video.description);
    assert.deepEqual(ld.thumbnailUrl, [`${base}${video.poster!.src}`]);
    assert.equal(ld.uploadDate, '2024-03-11T22:30:00.000Z');
    assert.equal(ld.duration, 'PT1H2M5S');
    // The MP4 is preferred over the HLS playlist listed first.
    assert.equal(ld.contentUrl, video.sources[1].url);
    assert.equal(ld.url, `${base}/video/${video.slug}/`);
    assert.equal(ld.publisher.name, 'Prairie Seven News');
  });

  it('falls back to the title for the description and omits an unknown duration', () => {
    const ld = jsonLdOfType(renderVideoPage(chrome, f.buildVideoView({ description: null, durationSeconds: null, poster: null }), f.EMPTY_RAILS), 'VideoObject');
    assert.equal(ld.description, ld.name);
    assert.equal('duration' in ld, false);
    assert.equal('thumbnailUrl' in ld, false);
  });
});

describe('site and profile', () => {
  it('home page describes the WebSite and its search', () => {
    const ld = jsonLdOfType(renderHomePage(chrome, f.buildHome()), 'WebSite');
    assert.equal(ld.url, `${base}/`);
    assert.equal(ld.potentialAction.target, `${base}/search?q={search_term_string}`);
  });

  it('author page describes a ProfilePage for a Person', () => {
    const view = f.buildAuthorView();
    const ld = jsonLdOfType(renderAuthorPage(chrome, view, f.EMPTY_RAILS), 'ProfilePage');
    assert.equal(ld.mainEntity['@type'], 'Person');
    assert.equal(ld.mainEntity.name, view.author.name);
    assert.equal(ld.mainEntity.url, `${base}/author/${view.author.slug}/`);
  });

  it('every JSON-LD block on every page parses and has a schema.org type', () => {
    for (const [page, doc] of Object.entries(renderEveryPage(chrome))) {
      for (const node of jsonLd(doc)) {
        assert.equal(node['@context'], 'https://schema.org', page);
        assert.equal(typeof node['@type'], 'string', page);
      }
    }
  });
});
