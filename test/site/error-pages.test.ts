import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderGonePage } from '../../src/site/pages/gone-page.ts';
import { renderNotFoundPage } from '../../src/site/pages/not-found-page.ts';
import * as f from './factories.ts';
import { element, metaContent, startTags, text } from './html-inspect.ts';

const chrome = f.buildChrome();

for (const [name, doc] of [
  ['404', renderNotFoundPage(chrome, f.buildNotFound())],
  ['410', renderGonePage(chrome, f.buildGone())],
] as const) {
  describe(`${name} page`, () => {
    it('looks like the site: header, menu, footer', () => {
      assert.ok(doc.includes('<header class="site-header">'));
      assert.ok(doc.includes('<nav class="site-nav" aria-label="Sections">'));
      assert.ok(doc.includes('<footer class="site-footer">'));
    });

    it('is not indexed', () => {
      assert.deepEqual(metaContent(doc, 'robots'), ['noindex']);
      assert.equal(startTags(doc, 'link').some((l) => l.attrs.get('rel') === 'canonical'), false);
    });

    it('offers a way home and the latest stories', () => {
      assert.ok(startTags(element(doc, /<main\b/), 'a').some((a) => a.attrs.get('href') === '/'));
      assert.match(text(element(doc, /<main\b/)), /Latest stories/);
    });
  });
}

describe('404 page', () => {
  it('says the page was not found and offers search', () => {
    const doc = renderNotFoundPage(chrome, f.buildNotFound());
    assert.equal(text(element(doc, /<h1>/)), 'Page not found');
    assert.ok(element(doc, /<main\b/).includes('role="search"'));
  });
});

describe('410 page', () => {
  it('says the story was removed, with a default notice', () => {
    const doc = renderGonePage(chrome, f.buildGone());
    assert.equal(text(element(doc, /<h1>/)), 'This story has been removed');
    assert.match(text(element(doc, /<main\b/)), /Prairie Seven News has removed this story, and it is no longer available\./);
    assert.equal(text(element(doc, /<title>/)), 'Story removed | Prairie Seven News');
  });

  it('shows the newsroom\'s notice when there is one', () => {
    const doc = renderGonePage(chrome, f.buildGone({ notice: 'The agency withdrew this story.', latest: [] }));
    assert.match(text(element(doc, /<main\b/)), /^This story has been removed The agency withdrew this story\./);
    assert.doesNotMatch(doc, /Latest stories/);
  });
});
