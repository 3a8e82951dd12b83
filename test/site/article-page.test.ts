import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderArticlePage } from '../../src/site/pages/article-page.ts';
import { BEACON_SCRIPT } from '../../src/site/inline-scripts.ts';
import { buildArticle, buildAuthor, buildChrome, buildRails, buildSeries, buildStory, buildVideo, CAPTION } from './factories.ts';
import { element, scripts, startTags, text } from './html-inspect.ts';

const chrome = buildChrome();

function render(overrides: Parameters<typeof buildArticle>[0] = {}, rails = buildRails()): string {
  return renderArticlePage(chrome, buildArticle(overrides), rails);
}

describe('article page: the parts of the reference page', () => {
  const article = buildArticle();
  const doc = renderArticlePage(chrome, article, buildRails());
  const main = element(doc, /<main\b/);
  const story = element(main, /<article class="story"/);

  it('has the headline as the one h1, and it is the document title', () => {
    assert.equal(startTags(doc, 'h1').length, 1);
    assert.equal(text(element(story, /<h1>/)), article.headline);
    assert.equal(text(element(doc, /<title>/)), `${article.headline} | Prairie Seven News`);
  });

  it('shows the dek and the byline', () => {
    const withDek = render({ dek: 'Repairs took eight months.' });
    assert.equal(text(element(withDek, /<p class="dek">/)), 'Repairs took eight months.');
    assert.equal(text(element(story, /<p class="byline">/)), 'By JORDAN EKSTRAND, Associated Press');
  });

  it('shows Posted with a machine-readable time', () => {
    const times = element(story, /<p class="story-times">/);
    assert.match(text(times), /^Posted: March 11, 2024 at 9:05\s?AM CDT$/u);
    assert.equal(startTags(times, 'time')[0].attrs.get('datetime'), '2024-03-11T14:05:00.000Z');
  });

  it('shows the lead photo as a figure with its caption', () => {
    const figure = element(story, /<figure class="lead">/);
    assert.equal(text(element(figure, /<figcaption>/)), CAPTION);
    const img = startTags(figure, 'img')[0];
    assert.equal(img.attrs.get('alt'), 'Volunteers carry boxes of books');
    assert.equal(img.attrs.get('fetchpriority'), 'high');
    assert.equal(img.attrs.has('loading'), false);
    // The caption ends with the credit, so it is not repeated.
    assert.equal(figure.includes('class="credit"'), false);
  });

  it('sets the dateline inside the first paragraph of the body', () => {
    const body = element(story, /<div class="story-body">/);
    assert.match(body, /^<div class="story-body"><p><span class="dateline">MAPLETON \(AP\) —<\/span> The Mapleton library/);
    assert.equal((body.match(/class="dateline"/g) ?? []).length, 1);
  });

  it('inserts the body as sanitized HTML, not as escaped text', () => {
    assert.ok(story.includes('<p>Staff said more than 4,000 books had been replaced &amp; shelved by volunteers.</p>'));
  });

  it('shows the copyright notice and usage terms after the body', () => {
    const rights = element(story, /<p class="rights">/);
    assert.equal(
      text(rights),
      'Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
    );
    assert.ok(story.indexOf('class="rights"') > story.indexOf('class="story-body"'));
  });

  it('shows the section breadcrumb', () => {
    const crumbs = startTags(element(story, /<nav class="breadcrumb"/), 'a').map((a) => a.attrs.get('href'));
    assert.deepEqual(crumbs, ['/', '/news/', '/news/national-world/']);
  });

  it('links the tags', () => {
    const tags = element(story, /<nav class="tags"/);
    assert.deepEqual(
      startTags(tags, 'a').map((a) => a.attrs.get('href')),
      article.tags.map((t) => `/tag/${t.slug}/`),
    );
    assert.equal(text(tags), 'Libraries Flooding');
  });

  it('offers "Share this story" with plain links and a copy-link control', () => {
    const share = element(story, /<section class="share">/);
    assert.match(text(share), /^Share this story /);
    const url = `https://www.prairie-seven.test/news/national-world/${article.slug}/`;
    const hrefs = startTags(share, 'a').map((a) => a.attrs.get('href'));
    assert.deepEqual(hrefs, [
      `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`,
      `https://x.com/intent/post?url=${encodeURIComponent(url)}&text=${encodeURIComponent(article.headline)}`,
      `mailto:?subject=${encodeURIComponent(article.headline)}&body=${encodeURIComponent(
        `${'The Mapleton library opened its doors on Monday, eight months after river water filled its basement. Staff said more than 4,000 books had been replaced & shelved by volunteers.'}\n\n${url}`,
      )}`,
    ]);
    const field = startTags(share, 'input')[0];
    assert.equal(field.attrs.get('value'), url);
    assert.equal(field.attrs.has('readonly'), true);
    assert.equal(text(element(share, /<label/)), 'Link to this story');
    const button = startTags(share, 'button')[0];
    assert.equal(button.attrs.get('type'), 'button');
    // Hidden until the script finds the Clipboard API; the field is the fallback.
    assert.equal(button.attrs.has('hidden'), true);
    assert.ok(scripts(doc).some((s) => s.body.includes('navigator.clipboard')));
  });

  it('has the rails: Recent Videos, Trending, Don\'t Miss and the series module', () => {
    const aside = element(doc, /<aside\b/);
    const headings = [...aside.matchAll(/<h2>([\s\S]*?)<\/h2>/g)].map((m) => text(m[1]));
    assert.deepEqual(headings, ['Recent Videos', 'Prairie Seven News Trending Stories', "Don't Miss", 'Daily Pledge']);
    const more = startTags(aside, 'a').filter((a) => a.attrs.get('class') === 'more');
    assert.deepEqual(
      more.map((a) => a.attrs.get('href')),
      ['/video/', '/series/daily-pledge/'],
    );
    assert.match(text(aside), /More Video/);
    assert.match(text(aside), /More Daily Pledge/);
  });

  it('labels video thumbnails with the video title', () => {
    const aside = element(doc, /<aside\b/);
    const alts = startTags(aside, 'img').map((i) => i.attrs.get('alt'));
    assert.ok(alts.includes('Thumbnail for the video titled "Golf course opens early"'));
    assert.ok(alts.includes('Thumbnail for the video titled "Daily Pledge: Oakes Elementary"'));
  });

  it('lists related stories under the story', () => {
    const related = element(main, /<section class="related">/);
    assert.match(text(related), /^Related Stories News Flood repairs continue downtown Vendors will stay open/);
  });

  it('counts the page view with a beacon that carries only the story id', () => {
    const beacon = scripts(doc).find((s) => s.body === BEACON_SCRIPT);
    assert.ok(beacon);
    assert.equal(beacon.attrs.get('data-article-id'), String(article.id));
    assert.match(BEACON_SCRIPT, /navigator\.sendBeacon\('\/beacon', JSON\.stringify\(\{ id: articleId \}\)\)/);
    assert.doesNotMatch(BEACON_SCRIPT, /cookie/i);
  });

  it('loads no script from anywhere', () => {
    assert.deepEqual(startTags(doc, 'script').filter((s) => s.attrs.has('src')), []);
  });
});

describe('article page: variations', () => {
  it('shows the credit separately when the caption does not end with it', () => {
    const doc = render({
      lead: { image: buildArticle().lead!.image, caption: 'Volunteers carry boxes of books.', credit: 'Photo by Lee Ortiz' },
    });
    const figcaption = element(doc, /<figcaption>/);
    assert.equal(text(element(figcaption, /<span class="caption">/)), 'Volunteers carry boxes of books.');
    assert.equal(text(element(figcaption, /<span class="credit">/)), 'Photo by Lee Ortiz');
  });

  it('leaves out the figure when there is no lead photo', () => {
    assert.equal(render({ lead: null }).includes('<figure'), false);
  });

  it('does not add the dateline again when the body already has it', () => {
    const doc = render({ bodyHasDateline: true, bodyHtml: '<p>MAPLETON (AP) — The library opened.</p>' });
    assert.equal(doc.includes('class="dateline"'), false);
    assert.ok(doc.includes('<p>MAPLETON (AP) — The library opened.</p>'));
  });

  it('writes a station dateline without a source', () => {
    const doc = render({ dateline: { place: 'FARGO', source: null } });
    assert.ok(doc.includes('<span class="dateline">FARGO —</span>'));
  });

  it('links each author and joins names the way the locale joins lists', () => {
    const authors = [buildAuthor({ name: 'Ana Ruiz' }), buildAuthor({ name: 'Ben Cole' }), buildAuthor({ name: 'Dee Park' })];
    const byline = element(render({ authors }), /<p class="byline">/);
    assert.equal(text(byline), 'By Ana Ruiz, Ben Cole, and Dee Park');
    assert.deepEqual(
      startTags(byline, 'a').map((a) => a.attrs.get('href')),
      authors.map((a) => `/author/${a.slug}/`),
    );
  });

  it('shows no byline when there is neither an author nor a byline', () => {
    assert.equal(render({ byline: null }).includes('class="byline"'), false);
  });

  it('marks a story in another language than the site', () => {
    const doc = render({ language: 'es' });
    assert.equal(startTags(doc, 'article').find((a) => a.attrs.get('class') === 'story')!.attrs.get('lang'), 'es');
    assert.equal(startTags(render({ language: 'en' }), 'article')[0].attrs.has('lang'), false);
  });

  it('drops rights, tags, related and the side column when there are none', () => {
    const doc = render(
      { rights: { copyrightNotice: null, copyrightHolder: null, usageTerms: null }, tags: [] },
      { recentVideos: [], trending: [], dontMiss: null, featuredSeries: null, related: [] },
    );
    for (const part of ['class="rights"', 'class="tags"', 'class="related"', '<aside']) assert.equal(doc.includes(part), false, part);
    assert.ok(doc.includes('<div class="page">'));
  });

  it('shows story entries of the series module as text links and video entries with thumbnails', () => {
    const series = buildSeries({ name: 'Hometown Heroes', slug: 'hometown-heroes' });
    const doc = render({}, buildRails({ featuredSeries: { series, entries: [buildStory({ headline: 'A coach retires' }), buildVideo({ title: 'A nurse is honored' })] } }));
    const module = element(doc, /<section class="rail"><h2><a href="\/series\/hometown-heroes\/">/);
    assert.match(text(module), /^Hometown Heroes A coach retires .*A nurse is honored More Hometown Heroes$/);
    assert.equal(startTags(module, 'img').length, 1);
  });
});
