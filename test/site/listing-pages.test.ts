import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderAuthorPage } from '../../src/site/pages/author-page.ts';
import { renderHomePage } from '../../src/site/pages/home-page.ts';
import { renderSectionPage } from '../../src/site/pages/section-page.ts';
import { renderSeriesPage } from '../../src/site/pages/series-page.ts';
import { renderTagPage } from '../../src/site/pages/tag-page.ts';
import { renderVideoHubPage } from '../../src/site/pages/video-hub-page.ts';
import * as f from './factories.ts';
import { element, startTags, text } from './html-inspect.ts';

const chrome = f.buildChrome();
const base = f.BASE_URL;

function canonical(doc: string): string | undefined {
  return startTags(doc, 'link').find((l) => l.attrs.get('rel') === 'canonical')?.attrs.get('href');
}

function feeds(doc: string): string[] {
  return startTags(doc, 'link')
    .filter((l) => l.attrs.get('rel') === 'alternate')
    .map((l) => l.attrs.get('href')!.replace(base, ''));
}

function headlines(doc: string, level: 'h2' | 'h3'): string[] {
  return [...element(doc, /<main\b/).matchAll(new RegExp(`<${level}>([\\s\\S]*?)</${level}>`, 'g'))].map((m) => text(m[1]));
}

describe('home page', () => {
  const home = f.buildHome();
  const doc = renderHomePage(chrome, home);

  it('leads with the first top story, its image fetched first', () => {
    const lead = element(doc, /<article class="card card-lead">/);
    assert.match(text(lead), new RegExp(`^News ${home.topStories[0].headline}`));
    assert.equal(startTags(lead, 'img')[0].attrs.get('fetchpriority'), 'high');
    assert.equal(startTags(doc, 'img').filter((i) => i.attrs.get('fetchpriority') === 'high').length, 1);
  });

  it('has an h1, Top Stories, a block per section and the videos', () => {
    assert.equal(text(element(doc, /<h1 class="visually-hidden">/)), 'Prairie Seven News');
    const h2 = headlines(doc, 'h2');
    assert.deepEqual(h2, ['Top Stories', 'Weather', 'Sports', 'Video']);
    assert.ok(doc.includes('<a class="more" href="/video/">More Video</a>'));
  });

  it('shows trending and the editors\' list beside the stories', () => {
    const aside = element(doc, /<aside\b/);
    assert.match(text(aside), /Prairie Seven News Trending Stories/);
    assert.match(text(aside), /Don't Miss/);
  });

  it('is the canonical root with the site title', () => {
    assert.equal(canonical(doc), `${base}/`);
    assert.equal(text(element(doc, /<title>/)), 'Prairie Seven News | News for the Sheyenne Valley');
  });
});

describe('section page', () => {
  it('shows the trail, name, description, subsections and a first story in the lead slot', () => {
    const view = f.buildSectionView();
    const doc = renderSectionPage(chrome, view, f.EMPTY_RAILS);
    assert.equal(text(element(doc, /<h1>/)), 'National/World');
    assert.equal(text(element(doc, /<p class="dek">/)), 'Stories from beyond the valley.');
    const crumb = startTags(element(doc, /<nav class="breadcrumb"/), 'a');
    assert.equal(crumb.at(-1)!.attrs.get('aria-current'), 'page');
    assert.ok(doc.includes('<a href="/news/national-world/europe/">Europe</a>'));
    assert.equal(startTags(doc, 'article')[0].attrs.get('class'), 'card card-lead');
    assert.deepEqual(headlines(doc, 'h2'), view.stories.map((s) => s.headline));
  });

  it('marks its top-level section current in the menu', () => {
    const doc = renderSectionPage(chrome, f.buildSectionView(), f.EMPTY_RAILS);
    const current = startTags(element(doc, /<nav class="site-nav"/), 'a').filter((a) => a.attrs.has('aria-current'));
    assert.deepEqual(current.map((a) => a.attrs.get('href')), ['/news/']);
  });

  it('gives later pages their own title and canonical URL, and no lead slot', () => {
    const doc = renderSectionPage(chrome, f.buildSectionView({ pageInfo: { page: 3, totalPages: 4 } }), f.EMPTY_RAILS);
    assert.equal(canonical(doc), `${base}/news/national-world/page/3/`);
    assert.equal(text(element(doc, /<title>/)), 'National/World, page 3 | Prairie Seven News');
    assert.equal(doc.includes('card-lead'), false);
    assert.ok(doc.includes('href="/news/national-world/page/2/" rel="prev"'));
  });

  it('advertises its feed and says so when it is empty', () => {
    const doc = renderSectionPage(chrome, f.buildSectionView({ stories: [] }), f.EMPTY_RAILS);
    assert.ok(feeds(doc).includes('/news/national-world/feed/'));
    assert.equal(text(element(doc, /<p class="empty">/)), 'There are no stories in National/World yet.');
  });
});

describe('tag, author and series pages', () => {
  it('tag page lists stories with their sections, paginated, with the tag feed', () => {
    const view = f.buildTagView();
    const doc = renderTagPage(chrome, view, f.buildRails());
    assert.equal(text(element(doc, /<h1>/)), view.tag.name);
    assert.equal(canonical(doc), `${base}/tag/${view.tag.slug}/page/2/`);
    assert.ok(feeds(doc).includes(`/tag/${view.tag.slug}/feed/`));
    assert.deepEqual(headlines(doc, 'h2'), view.stories.map((s) => s.headline));
    assert.ok(element(doc, /<nav class="pagination"/).includes(`href="/tag/${view.tag.slug}/"`));
  });

  it('author page shows name, title, bio paragraphs and their stories', () => {
    const view = f.buildAuthorView();
    const doc = renderAuthorPage(chrome, view, f.EMPTY_RAILS);
    assert.equal(text(element(doc, /<h1>/)), 'Dana Whitfield');
    assert.ok(doc.includes('<p>Dana covers the statehouse.</p><p>She grew up in Mapleton.</p>'));
    assert.deepEqual(headlines(doc, 'h2'), ['Stories by Dana Whitfield']);
    assert.deepEqual(headlines(doc, 'h3'), view.stories.map((s) => s.headline));
    assert.equal(startTags(doc, 'meta').find((m) => m.attrs.get('property') === 'og:type')!.attrs.get('content'), 'profile');
  });

  it('series page mixes stories and videos, and does not repeat itself in the rail', () => {
    const view = f.buildSeriesView();
    const doc = renderSeriesPage(chrome, view, f.buildRails({ featuredSeries: { series: view.series, entries: [f.buildStory()] } }));
    assert.equal(text(element(doc, /<h1>/)), 'Daily Pledge');
    assert.deepEqual(headlines(doc, 'h2'), ['Daily Pledge: Lincoln Elementary', 'Behind the Daily Pledge']);
    assert.ok(startTags(doc, 'img').some((i) => i.attrs.get('alt') === 'Thumbnail for the video titled "Daily Pledge: Lincoln Elementary"'));
    assert.equal(doc.includes('More Daily Pledge'), false);
    assert.ok(feeds(doc).includes('/series/daily-pledge/feed/'));
  });
});

describe('video hub', () => {
  it('lists videos with running times and pages through them', () => {
    const view = f.buildVideoHub();
    const doc = renderVideoHubPage(chrome, view);
    assert.equal(text(element(doc, /<h1>/)), 'Video');
    assert.deepEqual(headlines(doc, 'h2'), view.videos.map((v) => v.title));
    assert.ok(doc.includes('<time datetime="PT2M5S">2:05</time>'));
    assert.equal(canonical(doc), `${base}/video/page/3/`);
    assert.ok(doc.includes('href="/video/page/2/" rel="prev"'));
    assert.equal(doc.includes('<aside'), false);
  });
});
