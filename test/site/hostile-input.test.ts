import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeHtml } from '../../src/site/html.ts';
import { COPY_LINK_SCRIPT, BEACON_SCRIPT } from '../../src/site/inline-scripts.ts';
import { renderArticlePage } from '../../src/site/pages/article-page.ts';
import { renderAuthorPage } from '../../src/site/pages/author-page.ts';
import { renderGonePage } from '../../src/site/pages/gone-page.ts';
import { renderHomePage } from '../../src/site/pages/home-page.ts';
import { renderSearchPage } from '../../src/site/pages/search-page.ts';
import { renderSectionPage } from '../../src/site/pages/section-page.ts';
import { renderSeriesPage } from '../../src/site/pages/series-page.ts';
import { renderTagPage } from '../../src/site/pages/tag-page.ts';
import { renderVideoHubPage } from '../../src/site/pages/video-hub-page.ts';
import { renderVideoPage } from '../../src/site/pages/video-page.ts';
import { EMPTY_RAILS } from '../../src/site/view-models.ts';
import * as f from './factories.ts';
import { jsonLd, scripts, startTags } from './html-inspect.ts';

const PAYLOADS = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>'];

/**
 * No payload became markup: no element or attribute the page did not write
 * itself, no script but JSON-LD and the site's own two, and every JSON-LD
 * block still parses.
 */
function assertInert(doc: string, payload: string): void {
  assert.equal(doc.includes('<script>alert'), false, 'script element injected');
  assert.equal(doc.includes('<img src=x'), false, 'img element injected');
  const handlers = startTags(doc).flatMap((t) => [...t.attrs.keys()].filter((a) => a.startsWith('on')));
  assert.deepEqual(handlers, [], 'event handler attribute injected');
  for (const s of scripts(doc)) {
    const known = s.attrs.get('type') === 'application/ld+json' || s.body === COPY_LINK_SCRIPT || s.body === BEACON_SCRIPT;
    assert.ok(known, `unexpected script: ${s.body.slice(0, 60)}`);
  }
  assert.doesNotThrow(() => jsonLd(doc));
  assert.ok(doc.includes(escapeHtml(payload)), 'escaped text missing');
}

for (const evil of PAYLOADS) {
  describe(`hostile text ${JSON.stringify(evil)}`, () => {
    const chrome = f.buildChrome({ navSections: [{ name: evil, path: 'news' }] }, { name: `Seven ${evil}`, tagline: evil });
    const series = f.buildSeries({ name: evil, description: evil });
    const tag = f.buildTag({ name: evil });
    const rails = f.buildRails({
      recentVideos: [f.buildVideo({ title: evil })],
      trending: [f.buildStory({ headline: evil })],
      dontMiss: { name: evil, stories: [f.buildStory({ headline: evil })] },
      featuredSeries: { series, entries: [f.buildVideo({ title: evil }), f.buildStory({ headline: evil })] },
      related: [f.buildStory({ headline: evil, dek: evil, section: { name: evil, path: 'news' } })],
    });

    it('article page', () => {
      const article = f.buildArticle({
        headline: evil,
        dek: evil,
        byline: evil,
        tags: [tag],
        section: { name: evil, path: 'news' },
        parentSections: [],
        dateline: { place: evil, source: evil },
        lead: { image: f.buildImage('x', { alt: evil }), caption: evil, credit: `${evil} credit` },
        rights: { copyrightNotice: evil, copyrightHolder: evil, usageTerms: evil },
        publishedAt: new Date('2024-03-11T14:05:00Z'),
        updatedAt: new Date('2024-03-11T18:00:00Z'),
        updateNote: evil,
        correctionNote: evil,
      });
      const doc = renderArticlePage(chrome, article, rails);
      assertInert(doc, evil);
      assert.ok(doc.includes(`<span class="credit">${escapeHtml(`${evil} credit`)}</span>`));
      assert.ok(doc.includes(escapeHtml(`Thumbnail for the video titled "${evil}"`)));
    });

    it('article page with author records', () => {
      const doc = renderArticlePage(chrome, f.buildArticle({ authors: [f.buildAuthor({ name: evil, title: evil })] }), rails);
      assertInert(doc, evil);
    });

    it('home page', () => {
      const home = f.buildHome({
        topStories: [f.buildStory({ headline: evil, dek: evil })],
        sectionBlocks: [{ section: { name: evil, path: 'news' }, stories: [f.buildStory({ headline: evil })] }],
        videos: [f.buildVideo({ title: evil })],
        trending: [f.buildStory({ headline: evil })],
        dontMiss: { name: evil, stories: [f.buildStory()] },
      });
      assertInert(renderHomePage(chrome, home), evil);
    });

    it('section, tag, author and series pages', () => {
      const section = f.buildSectionView({
        section: { name: evil, path: 'news' },
        description: evil,
        parentSections: [],
        subsections: [{ name: evil, path: 'news/local' }],
      });
      assertInert(renderSectionPage(chrome, section, rails), evil);
      assertInert(renderTagPage(chrome, f.buildTagView({ tag }), rails), evil);
      const author = f.buildAuthorView({ author: f.buildAuthor({ name: evil, title: evil, bio: evil }) });
      assertInert(renderAuthorPage(chrome, author, rails), evil);
      assertInert(renderSeriesPage(chrome, f.buildSeriesView({ series, entries: [f.buildVideo({ title: evil })] }), rails), evil);
    });

    it('video hub and video page', () => {
      assertInert(renderVideoHubPage(chrome, f.buildVideoHub({ videos: [f.buildVideo({ title: evil })] })), evil);
      const video = f.buildVideoView({
        title: evil,
        description: evil,
        series,
        section: { name: evil, path: 'news' },
        tracks: [{ url: '/media/a.vtt', kind: 'captions', language: 'en', label: evil }],
      });
      assertInert(renderVideoPage(chrome, video, rails), evil);
    });

    it('search page, with results and without', () => {
      assertInert(renderSearchPage(chrome, f.buildSearchView({ query: evil })), evil);
      assertInert(renderSearchPage(chrome, f.buildSearchView({ query: evil, results: [], total: 0 })), evil);
    });

    it('410 page notice', () => {
      assertInert(renderGonePage(chrome, f.buildGone({ notice: evil })), evil);
    });
  });
}

describe('hostile URLs', () => {
  it('drops javascript: and other-site-looking URLs from the player and the footer', () => {
    const chrome = f.buildChrome({}, { social: { facebook: 'javascript:alert(1)', x: '//evil.test/x', instagram: '/\\evil.test', youtube: null } });
    const video = f.buildVideoView({
      sources: [
        { url: 'javascript:alert(1)', mimeType: 'video/mp4' },
        { url: '/media/ok.mp4', mimeType: 'video/mp4' },
      ],
      tracks: [{ url: 'data:text/vtt,x', kind: 'captions', language: 'en', label: 'English' }],
    });
    const doc = renderVideoPage(chrome, video, EMPTY_RAILS);
    const urls = startTags(doc).flatMap((t) => [t.attrs.get('href'), t.attrs.get('src')]).filter((u): u is string => u !== undefined);
    assert.deepEqual(urls.filter((u) => /^(javascript|data):|^\/\/|^\/\\/i.test(u)), []);
    assert.ok(startTags(doc, 'source').some((s) => s.attrs.get('src') === '/media/ok.mp4'));
    assert.equal(startTags(doc, 'track').length, 0);
  });
});
